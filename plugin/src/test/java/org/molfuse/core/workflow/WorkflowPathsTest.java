package org.molfuse.core.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** knime://knime.workflow/ URLs resolved against the workflow folder outside KNIME. */
class WorkflowPathsTest {

    @TempDir
    Path root;

    private Path workflow() {
        return root.resolve("workflows").resolve("my flow");
    }

    @Test
    void aWorkflowRelativeUrlResolvesInsideTheFolder() {
        Path expected = root.toAbsolutePath().resolve("workflows").resolve("my flow").resolve("data")
                .resolve("x.csv");
        assertEquals(expected.toString(), WorkflowPaths.resolve("knime://knime.workflow/data/x.csv", workflow()));
        assertEquals(expected.toString(), WorkflowPaths.resolve("knime://knime.workflow/./data/../data/x.csv",
                workflow()), "dot segments are normalized away");
        assertEquals(expected.toString(), WorkflowPaths.resolve("KNIME://Knime.Workflow/data/x.csv", workflow()),
                "scheme and host are case-insensitive");
    }

    @Test
    void dotDotLeavesTheWorkflowFolder() {
        assertEquals(root.toAbsolutePath().resolve("workflows").resolve("x.csv").toString(),
                WorkflowPaths.resolve("knime://knime.workflow/../x.csv", workflow()));
        assertEquals(root.toAbsolutePath().resolve("shared").resolve("y.csv").toString(),
                WorkflowPaths.resolve("knime://knime.workflow/../../shared/y.csv", workflow()));
    }

    @Test
    void percentEncodedCharactersAreDecoded() {
        assertEquals(workflow().toAbsolutePath().resolve("data").resolve("my molecules.csv").toString(),
                WorkflowPaths.resolve("knime://knime.workflow/data/my%20molecules.csv", workflow()));
    }

    @Test
    void aUrlWithAnUnencodedSpaceIsNotAUrl() {
        IllegalArgumentException space = assertThrows(IllegalArgumentException.class,
                () -> WorkflowPaths.resolve("knime://knime.workflow/data/my molecules.csv", workflow()));
        assertTrue(space.getMessage().startsWith(
                "'knime://knime.workflow/data/my molecules.csv' is not a valid KNIME URL: "), space.getMessage());
    }

    @Test
    void plainPathsAreLeftAsTheyAre() {
        assertEquals("/data/esol.csv", WorkflowPaths.resolve("/data/esol.csv", workflow()));
        assertEquals("data/esol.csv", WorkflowPaths.resolve("data/esol.csv", workflow()));
        assertEquals("", WorkflowPaths.resolve("", workflow()));
        assertEquals("knime.csv", WorkflowPaths.resolve("knime.csv", workflow()));
        assertEquals("C:\\data\\esol.csv", WorkflowPaths.resolve("C:\\data\\esol.csv", workflow()));
    }

    @Test
    void urlsOnlyKnimeCanResolveAreRefused() {
        IllegalArgumentException local = assertThrows(IllegalArgumentException.class,
                () -> WorkflowPaths.resolve("knime://LOCAL/Example_Workflows/data.csv", workflow()));
        assertEquals("'knime://LOCAL/Example_Workflows/data.csv' can be resolved only inside KNIME; outside it, use "
                + "a path or a knime://knime.workflow/ URL relative to the workflow folder", local.getMessage());

        IllegalArgumentException mountpoint = assertThrows(IllegalArgumentException.class,
                () -> WorkflowPaths.resolve("knime://knime.mountpoint/data/x.csv", workflow()));
        assertEquals("'knime://knime.mountpoint/data/x.csv' can be resolved only inside KNIME; outside it, use a "
                + "path or a knime://knime.workflow/ URL relative to the workflow folder", mountpoint.getMessage());

        IllegalArgumentException localEncoded = assertThrows(IllegalArgumentException.class,
                () -> WorkflowPaths.resolve("knime://LOCAL/Example%20Workflows/data.csv", workflow()));
        assertEquals("'knime://LOCAL/Example%20Workflows/data.csv' can be resolved only inside KNIME; outside it, "
                + "use a path or a knime://knime.workflow/ URL relative to the workflow folder",
                localEncoded.getMessage());

        assertThrows(IllegalArgumentException.class,
                () -> WorkflowPaths.resolve("knime://knime.node/data.csv", workflow()));
    }
}
