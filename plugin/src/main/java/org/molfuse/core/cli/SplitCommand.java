package org.molfuse.core.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.molfuse.core.chem.MoleculeStandardizer;
import org.molfuse.core.chem.StandardizerOptions;
import org.molfuse.core.data.Dataset;
import org.molfuse.core.data.CsvTables;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;
import org.molfuse.core.data.TaskSpec;
import org.molfuse.core.data.TaskType;
import org.molfuse.core.eval.Split;
import org.molfuse.core.ops.SplitOperation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "split",
        mixinStandardHelpOptions = true,
        description = {
            "Split a data set into training, validation and test files.",
            "random: rows shuffled with the seed. scaffold: molecules sharing a Bemis-Murcko scaffold stay together "
                    + "(chemprop's balanced scaffold split), which tests generalisation to new chemical series. "
                    + "stratified: each class keeps its share in every subset.",
            "Writes train.csv, valid.csv, test.csv and assignment.csv (every input row with a 'split' column). "
                    + "The same seed always gives the same split; no row is lost, invalid SMILES included."
        })
final class SplitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputOptions;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "random",
            description = "random, scaffold or stratified (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--fractions", paramLabel = "TRAIN,VALID,TEST", split = ",", defaultValue = "0.8,0.1,0.1",
            description = "Fractions of rows for train, validation and test, summing to 1 (default: ${DEFAULT-VALUE}).")
    List<Double> fractions;

    @Option(names = "--label-column", paramLabel = "COLUMN",
            description = "Class column for a stratified split. Default: the first classification task.")
    String labelColumn;

    @Option(names = "--output-dir", paramLabel = "DIR", required = true, description = "Folder for the output files.")
    Path outputDir;

    @Override
    public Integer call() throws Exception {
        Dataset dataset = inputOptions.load();
        Table table = dataset.table();
        SplitOperation.Settings settings = new SplitOperation.Settings(SplitOperation.Method.parse(method),
                OptionValues.fractions(fractions), seed,
                dataset.spec().smilesColumn(), labelColumn != null ? labelColumn : firstClassificationTask(dataset));
        SplitOperation.Result result =
                SplitOperation.split(table, settings, new MoleculeStandardizer(StandardizerOptions.defaults()));
        Split split = result.split();

        Files.createDirectories(outputDir);
        List<Table> subsets = SplitOperation.subsets(table, split);
        String[] names = {Split.TRAIN, Split.VALID, Split.TEST};
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < names.length; i++) {
            Path file = outputDir.resolve(names[i] + ".csv");
            CsvTables.write(subsets.get(i), file);
            out.printf("%-6s %7d rows -> %s%n", names[i], subsets.get(i).rowCount(), file);
        }
        Table assignment = table.withColumn(StringColumn.of(table.uniqueName("split"), split.assignment()));
        CsvTables.write(assignment, outputDir.resolve("assignment.csv"));
        out.flush();
        return 0;
    }

    private static String firstClassificationTask(Dataset dataset) {
        return dataset.spec().tasks().stream().filter(task -> task.type() == TaskType.CLASSIFICATION)
                .map(TaskSpec::column).findFirst().orElse(null);
    }
}
