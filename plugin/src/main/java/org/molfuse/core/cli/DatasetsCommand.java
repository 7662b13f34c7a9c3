package org.molfuse.core.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.molfuse.core.data.DatasetRegistry;
import org.molfuse.core.data.DatasetResolver;
import org.molfuse.core.data.DatasetSpec;
import org.molfuse.core.data.TaskSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "datasets",
        mixinStandardHelpOptions = true,
        description = {
            "List the MoleculeNet data sets that --dataset accepts, with their SMILES and task columns.",
            "Files are looked up in $MOLFUSE_DATA_DIR, then ../shared/datasets, then downloaded into the cache."
        })
final class DatasetsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (DatasetSpec dataset : DatasetRegistry.all()) {
            String tasks = dataset.tasks().stream().map(TaskSpec::format).collect(Collectors.joining(", "));
            out.printf("%-14s %-32s smiles=%s tasks=%s%n", dataset.name(), dataset.fileName(),
                    dataset.smilesColumn(), tasks);
        }
        out.println("searched: " + InputOptions.resolver().searchDirectories());
        out.flush();
        return 0;
    }
}
