package org.molfuse.core.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.molfuse.core.data.CsvTables;
import org.molfuse.core.operator.PortValue;

/**
 * Writes what a run produced, one folder per node named as KNIME names node folders: each output table as
 * {@code port_<n>.csv} and each model as {@code port_<n>.mfb} (a model file {@code ./molfuse predict} reads).
 */
public final class WorkflowOutputs {

    private WorkflowOutputs() {
    }

    /** Writes every output of {@code result} under {@code directory}; returns the files written. */
    public static List<Path> write(WorkflowRunner.Result result, Path directory) throws IOException {
        List<Path> written = new ArrayList<>();
        for (WorkflowRunner.NodeResult node : result.nodes().values()) {
            Path folder = directory.resolve(node.node().label());
            Files.createDirectories(folder);
            for (int port = 1; port <= node.outputs().size(); port++) {
                PortValue value = node.outputs().get(port - 1);
                Path file;
                if (value instanceof PortValue.TableValue table) {
                    file = folder.resolve("port_" + port + ".csv");
                    CsvTables.write(table.table(), file);
                } else {
                    file = folder.resolve("port_" + port + ".mfb");
                    Files.write(file, ((PortValue.ModelValue) value).bundle());
                }
                written.add(file);
            }
        }
        return written;
    }
}
