package org.molfuse.knime.adapter;

import java.net.URI;
import java.nio.file.Path;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.util.FileUtil;
import org.molfuse.core.operator.Operators;
import org.molfuse.core.operator.ParameterValues;

/**
 * File settings as local paths for the operators. A shared workflow names the files it carries by KNIME URL
 * ({@code knime://knime.workflow/data/molecules.csv}, relative to the workflow folder); the core reads only local
 * paths, so inside KNIME such URLs are resolved with KNIME's own resolver, as the headless runner does with
 * {@code org.molfuse.core.workflow.WorkflowPaths}. Other values are plain paths and pass unchanged.
 */
final class KnimeFilePaths {

    private KnimeFilePaths() {
    }

    /** {@code values} with every {@code knime:} file setting replaced by its local path. */
    static ParameterValues resolve(ParameterValues values) throws InvalidSettingsException {
        try {
            return Operators.mapFilePaths(values, KnimeFilePaths::localPath);
        } catch (IllegalArgumentException unresolvable) {
            throw new InvalidSettingsException(unresolvable.getMessage(), unresolvable);
        }
    }

    private static String localPath(String value) {
        if (!value.regionMatches(true, 0, "knime:", 0, "knime:".length())) {
            return value;
        }
        Path path;
        try {
            path = FileUtil.resolveToPath(new URI(value).toURL());
        } catch (Exception unresolvable) {
            throw new IllegalArgumentException(notLocal(value) + " (" + unresolvable.getMessage() + ")",
                    unresolvable);
        }
        if (path == null) {
            throw new IllegalArgumentException(notLocal(value));
        }
        return path.toString();
    }

    private static String notLocal(String value) {
        return "'" + value + "' is not a local file";
    }
}
