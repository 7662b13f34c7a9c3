package org.molfuse.core.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed test workflows: what the template definitions write, loadable, configurable and checked. */
class TestWorkflowTemplatesTest {

    @Test
    void committedWorkflowsAreExactlyWhatTheTemplatesWrite(@TempDir Path temp) throws IOException {
        boolean rewrite = Boolean.getBoolean("molfuse.writeTemplates");
        for (TestWorkflowTemplates.Template template : TestWorkflowTemplates.all()) {
            Path target = rewrite ? template.directory() : temp.resolve(template.name());
            WorkflowWriter.write(target, template.nodes(), template.connections());
            List<Path> written = settingsFiles(target);
            assertEquals(written, settingsFiles(template.directory()), template.name()
                    + ": the committed workflow has other nodes than its template; rewrite it with "
                    + "-Dmolfuse.writeTemplates=true");
            for (Path file : written) {
                assertEquals(Files.readString(target.resolve(file)), Files.readString(template.directory()
                        .resolve(file)), template.name() + "/" + file + " differs from what its template writes; "
                        + "rewrite it with -Dmolfuse.writeTemplates=true");
            }
        }
    }

    @Test
    void everyTestWorkflowLoadsConfiguresAndCarriesItsExpectations() throws IOException {
        List<Path> workflows;
        try (Stream<Path> folders = Files.list(TestWorkflowTemplates.ROOT)) {
            workflows = folders.filter(Workflow::isWorkflow).sorted().toList();
        }
        assertEquals(TestWorkflowTemplates.all().size(), workflows.size(), "one folder per template");
        for (Path directory : workflows) {
            WorkflowRunner runner = new WorkflowRunner(Workflow.load(directory));
            runner.configure();
            assertTrue(Expectations.load(directory).size() > 0, directory + " checks something");
        }
    }

    /** workflow.knime and every settings.xml, relative to the workflow folder, sorted. */
    private static List<Path> settingsFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.getFileName().toString().equals(Workflow.WORKFLOW_FILE)
                    || file.getFileName().toString().equals(Workflow.SETTINGS_FILE))
                    .map(directory::relativize).sorted().toList();
        }
    }
}
