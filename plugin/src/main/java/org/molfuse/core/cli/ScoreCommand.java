package org.molfuse.core.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.molfuse.core.data.CsvTables;
import org.molfuse.core.eval.Metric;
import org.molfuse.core.eval.MetricValue;
import org.molfuse.core.ops.ScoreOperation;
import org.molfuse.core.ops.ScoreOperation.Score;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "score",
        mixinStandardHelpOptions = true,
        description = {
            "Score predictions against measured values.",
            "Rows whose measured value is missing are left out; a metric that cannot be computed (for example "
                    + "ROC-AUC when only one class is present) is reported as missing with the reason.",
            "Without --metric, 0/1 truth columns get roc_auc, pr_auc, average_precision, accuracy and f1 "
                    + "(threshold 0.5); other columns get rmse, mae, r2 and pearson."
        })
final class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE", required = true, description = "CSV or TSV file with the columns.")
    Path input;

    @Option(names = "--truth", paramLabel = "COLUMN", required = true,
            description = "Column of measured values; repeat together with --prediction for several tasks.")
    List<String> truth = new ArrayList<>();

    @Option(names = "--prediction", paramLabel = "COLUMN", required = true,
            description = "Column of predicted values or scores, in the same order as --truth.")
    List<String> prediction = new ArrayList<>();

    @Option(names = "--metric", paramLabel = "NAME",
            description = "rmse, mae, r2, pearson, roc_auc, pr_auc, average_precision, accuracy, f1, lrap; repeatable.")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--json", paramLabel = "FILE",
            description = "Also write the scores as JSON: each metric name mapped to its value (null if undefined).")
    Path json;

    @Override
    public Integer call() throws Exception {
        List<Metric> requested = metrics.stream().map(Metric::parse).toList();
        List<Score> scores = ScoreOperation.score(CsvTables.read(input), truth, prediction, requested);

        PrintWriter out = spec.commandLine().getOut();
        for (Score score : scores) {
            out.println(line(score.metric().name(), score.overall()));
            if (truth.size() > 1) {
                for (Map.Entry<String, MetricValue> task : score.perTask().entrySet()) {
                    out.println(line("  " + task.getKey(), task.getValue()));
                }
            }
        }
        out.flush();
        if (json != null) {
            writeJson(scores);
        }
        return 0;
    }

    private static String line(String label, MetricValue value) {
        return value.isDefined()
                ? String.format(Locale.ROOT, "%-24s %.6f", label, value.value())
                : String.format(Locale.ROOT, "%-24s %-8s (%s)", label, "missing", value.reason());
    }

    private void writeJson(List<Score> scores) throws java.io.IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ObjectNode reasons = mapper.createObjectNode();
        ObjectNode perTask = mapper.createObjectNode();
        for (Score score : scores) {
            put(root, score.metric().name(), score.overall());
            if (!score.overall().isDefined()) {
                reasons.put(score.metric().name(), score.overall().reason());
            }
            for (Map.Entry<String, MetricValue> task : score.perTask().entrySet()) {
                ObjectNode taskNode = perTask.has(task.getKey())
                        ? (ObjectNode) perTask.get(task.getKey()) : perTask.putObject(task.getKey());
                put(taskNode, score.metric().name(), task.getValue());
            }
        }
        if (!reasons.isEmpty()) {
            root.set("undefined", reasons);
        }
        if (truth.size() > 1) {
            root.set("per_task", perTask);
        }
        OptionValues.writeJson(root, json);
    }

    private static void put(ObjectNode node, String name, MetricValue value) {
        if (value.isDefined()) {
            node.put(name, value.value());
        } else {
            node.putNull(name);
        }
    }
}
