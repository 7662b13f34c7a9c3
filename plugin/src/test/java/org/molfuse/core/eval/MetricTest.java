package org.molfuse.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricTest {

    @Test
    void everyNameParsesBackToItself() {
        for (String name : List.of("rmse", "mae", "r2", "pearson", "roc_auc", "pr_auc", "average_precision",
                "accuracy", "f1", "lrap", "mrr", "hits@1", "hits@10")) {
            assertEquals(name, Metric.parse(name).name());
        }
        assertEquals(Metric.ROC_AUC, Metric.parse(" ROC_AUC "));
        assertEquals(Metric.hitsAt(10), Metric.parse("hits@10"));
    }

    @Test
    void knowsKindDirectionAndInput() {
        assertEquals(Metric.Kind.REGRESSION, Metric.RMSE.kind());
        assertFalse(Metric.RMSE.higherIsBetter());
        assertFalse(Metric.MAE.higherIsBetter());
        assertTrue(Metric.R2.higherIsBetter());
        assertEquals(Metric.Kind.CLASSIFICATION, Metric.ROC_AUC.kind());
        assertTrue(Metric.ROC_AUC.higherIsBetter());
        assertEquals(Metric.Input.LABEL_MATRIX, Metric.LRAP.input());
        assertEquals(Metric.Kind.RETRIEVAL, Metric.parse("hits@5").kind());
        assertEquals(Metric.Input.RANKING, Metric.MRR.input());
    }

    @Test
    void unknownNamesListTheValidOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Metric.parse("auc"));
        assertTrue(error.getMessage().contains("'auc'"), error.getMessage());
        for (String valid : Metric.validNames()) {
            assertTrue(error.getMessage().contains(valid), error.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Metric.parse("hits@0"))
                .getMessage().contains("positive integer"));
        assertThrows(IllegalArgumentException.class, () -> Metric.parse("hits@x"));
        assertThrows(IllegalArgumentException.class, () -> Metric.parse(null));
    }

    @Test
    void dispatchesToTheRightComputation() {
        // errors 1 and -1: RMSE 1; hits@1 with the correct candidate on top: 1
        assertEquals(1.0, Metric.RMSE.evaluate(new double[] {1, 2}, new double[] {2, 1}).value());
        assertEquals(1.0, Metric.parse("hits@1").evaluateRanking(new double[][] {{0.9, 0.1}}, new int[] {0}).value());
        assertThrows(UnsupportedOperationException.class, () -> Metric.LRAP.evaluate(new double[1], new double[1]));
        assertThrows(UnsupportedOperationException.class,
                () -> Metric.RMSE.evaluateRanking(new double[][] {{1}}, new int[] {0}));
    }

    @Test
    void multiTaskAveragesDefinedTasksAndReportsTheOthers() {
        // task "a": positives 0.9, negatives 0.1 and 0.5 -> AUC 1; task "b": one class -> undefined;
        // task "c": positive 0.2 below both negatives 0.3, 0.4 (row 1 masked) -> AUC 0. Macro over a, c: 0.5.
        double[][] truth = {{1, 1, 1}, {0, 1, Double.NaN}, {0, 1, 0}, {Double.NaN, 1, 0}};
        double[][] predicted = {{0.9, 0.5, 0.2}, {0.1, 0.5, 0.9}, {0.5, 0.5, 0.3}, {0.7, 0.5, 0.4}};
        MultiTaskResult result = MultiTaskMetrics.evaluate(Metric.ROC_AUC, List.of("a", "b", "c"), truth, predicted);
        assertEquals(List.of("a", "b", "c"), List.copyOf(result.perTask().keySet()));
        assertEquals(1.0, result.perTask().get("a").value());
        assertEquals(MetricReasons.ONE_CLASS, result.perTask().get("b").reason());
        assertEquals(0.0, result.perTask().get("c").value());
        assertEquals(0.5, result.macroAverage().value());
        assertEquals(List.of("b"), result.undefinedTasks());
    }

    @Test
    void multiTaskWithNoDefinedTaskExplainsEachTask() {
        double[][] truth = {{1, Double.NaN}, {1, Double.NaN}};
        MultiTaskResult result = MultiTaskMetrics.evaluate(Metric.ROC_AUC, List.of("x", "y"), truth,
                new double[][] {{0.1, 0.2}, {0.3, 0.4}});
        assertTrue(Double.isNaN(result.macroAverage().value()));
        String reason = result.macroAverage().reason();
        assertTrue(reason.contains("x: " + MetricReasons.ONE_CLASS) && reason.contains("y: " + MetricReasons.NO_LABELS),
                reason);
        assertEquals(List.of("x", "y"), result.undefinedTasks());
    }

    @Test
    void multiTaskRejectsRaggedRows() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> MultiTaskMetrics.evaluate(Metric.RMSE, List.of("a", "b"),
                        new double[][] {{1, 2}, {3}}, new double[][] {{1, 2}, {3, 4}}));
        assertTrue(error.getMessage().contains("truth row 1"), error.getMessage());
    }
}
