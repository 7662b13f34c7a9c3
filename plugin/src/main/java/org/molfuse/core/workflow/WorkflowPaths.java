package org.molfuse.core.workflow;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * KNIME's workflow-relative file URLs outside KNIME. A shared workflow names the files it carries as
 * {@code knime://knime.workflow/data/molecules.csv} (relative to the workflow folder), which KNIME resolves itself
 * and the headless runner resolves here. Plain paths are left as they are.
 */
public final class WorkflowPaths {

    private static final String SCHEME = "knime";
    private static final String WORKFLOW_HOST = "knime.workflow";

    private WorkflowPaths() {
    }

    /**
     * The local path for {@code value}: a {@code knime://knime.workflow/...} URL resolved against
     * {@code workflowDirectory}, any other text unchanged.
     *
     * @throws IllegalArgumentException for other {@code knime://} URLs (mount points, other workflows), which only a
     *                                  KNIME installation can resolve
     */
    public static String resolve(String value, Path workflowDirectory) {
        if (!value.regionMatches(true, 0, SCHEME + ":", 0, SCHEME.length() + 1)) {
            return value;
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + value + "' is not a valid KNIME URL: " + e.getMessage());
        }
        if (!WORKFLOW_HOST.equalsIgnoreCase(uri.getHost()) || uri.getPath() == null) {
            throw new IllegalArgumentException("'" + value + "' can be resolved only inside KNIME; outside it, "
                    + "use a path or a knime://" + WORKFLOW_HOST + "/ URL relative to the workflow folder");
        }
        String relative = uri.getPath().startsWith("/") ? uri.getPath().substring(1) : uri.getPath();
        return workflowDirectory.toAbsolutePath().resolve(relative).normalize().toString();
    }
}
