package org.molfuse.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hand-derived values and the reasons given for undefined cases (reference values are in MetricFixturesTest). */
class MetricsTest {

    private static final double NAN = Double.NaN;

    @Test
    void rocAucCountsTiedPairsAsHalf() {
        // positives 0.8, 0.3; negatives 0.8, 0.1. Pairs: (0.8, 0.8) tie 1/2, (0.8, 0.1) 1, (0.3, 0.8) 0,
        // (0.3, 0.1) 1 -> 2.5 / 4.
        MetricValue auc =
                ClassificationMetrics.rocAuc(new double[] {1, 0, 1, 0}, new double[] {0.8, 0.8, 0.3, 0.1});
        assertEquals(0.625, auc.value(), 1e-15);
    }

    @Test
    void averagePrecisionAndPrAucOnAHandCase() {
        // scores 0.9 (pos), 0.8 (neg), 0.7 (pos): points (recall, precision) = (1/2, 1), (1/2, 1/2), (1, 2/3).
        // AP = 1/2 * 1 + 0 * 1/2 + 1/2 * 2/3 = 5/6.
        // PR-AUC trapezoids from (0, 1): 1/2 * (1 + 1) / 2 + 0 + 1/2 * (1/2 + 2/3) / 2 = 1/2 + 7/24 = 19/24.
        double[] truth = {1, 0, 1};
        double[] scores = {0.9, 0.8, 0.7};
        assertEquals(5.0 / 6.0, ClassificationMetrics.averagePrecision(truth, scores).value(), 1e-15);
        assertEquals(19.0 / 24.0, ClassificationMetrics.prAuc(truth, scores).value(), 1e-15);
    }

    @Test
    void thresholdIsStrict() {
        // 0.5 is not above 0.5: predicted 0, 0, 1 against 1, 0, 1 -> accuracy 2/3, tp 1, fn 1 -> F1 2/3
        double[] truth = {1, 0, 1};
        double[] scores = {0.5, 0.5, 0.9};
        assertEquals(2.0 / 3.0, ClassificationMetrics.accuracy(truth, scores).value(), 1e-15);
        assertEquals(2.0 / 3.0, ClassificationMetrics.f1(truth, scores).value(), 1e-15);
        assertEquals(1.0, ClassificationMetrics.accuracy(truth, new double[] {2, -3, 0.1}, 0.0).value());
    }

    @Test
    void missingLabelsAreMasked() {
        // only rows 1 and 3 carry labels: errors 1 and 3 -> RMSE sqrt(5), MAE 2
        double[] truth = {NAN, 1.0, NAN, 2.0};
        double[] predicted = {100.0, 2.0, -100.0, 5.0};
        assertEquals(Math.sqrt(5.0), RegressionMetrics.rmse(truth, predicted).value(), 1e-15);
        assertEquals(2.0, RegressionMetrics.mae(truth, predicted).value(), 1e-15);
    }

    @Test
    void undefinedCasesGiveNaNWithAReason() {
        double[] bothClasses = {0.2, 0.9};
        assertReason(MetricReasons.ONE_CLASS, ClassificationMetrics.rocAuc(new double[] {1, 1}, bothClasses));
        assertReason(MetricReasons.ONE_CLASS, ClassificationMetrics.averagePrecision(new double[] {0, 0}, bothClasses));
        assertReason(MetricReasons.NO_LABELS, RegressionMetrics.rmse(new double[] {NAN, NAN}, new double[] {1, 2}));
        assertReason(MetricReasons.NO_LABELS, RegressionMetrics.mae(new double[0], new double[0]));
        assertReason(MetricReasons.CONSTANT_PREDICTIONS,
                RegressionMetrics.pearson(new double[] {1, 2, 3}, new double[] {4, 4, 4}));
        assertReason(MetricReasons.CONSTANT_LABELS,
                RegressionMetrics.pearson(new double[] {1, 1, 1}, new double[] {4, 5, 4}));
        assertReason(MetricReasons.FEWER_THAN_TWO, RegressionMetrics.r2(new double[] {1, NAN}, new double[] {4, 5}));
        assertReason(MetricReasons.NO_POSITIVES_PREDICTED_OR_LABELLED,
                ClassificationMetrics.f1(new double[] {0, 0}, new double[] {0.1, 0.2}));
    }

    @Test
    void badRowsAreNamedNotThrown() {
        MetricValue missingPrediction = RegressionMetrics.rmse(new double[] {1, 2, 3}, new double[] {1, 2, NAN});
        assertTrue(missingPrediction.reason().contains("row 2"), missingPrediction.reason());
        MetricValue notBinary =
                ClassificationMetrics.rocAuc(new double[] {0, NAN, 2, 1}, new double[] {0.1, 0.2, 0.3, 0.4});
        assertTrue(notBinary.reason().contains("row 2"), notBinary.reason());
        // a missing label with a missing prediction is simply masked
        assertEquals(0.0, RegressionMetrics.mae(new double[] {NAN, 1}, new double[] {NAN, 1}).value());
    }

    @Test
    void mismatchedLengthsAreAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> RegressionMetrics.rmse(new double[2], new double[3]));
    }

    @Test
    void r2FollowsScikitLearnForConstantLabels() {
        assertEquals(0.0, RegressionMetrics.r2(new double[] {0.1, 0.1, 0.1}, new double[] {0.1, 0.2, 0.1}).value());
        assertEquals(1.0, RegressionMetrics.r2(new double[] {0.1, 0.1, 0.1}, new double[] {0.1, 0.1, 0.1}).value());
    }

    @Test
    void lrapDropsMissingLabelsFromTheRanking() {
        // sample 0: labels (1, 0, NaN, 0) -> ranking over 3 labels, relevant label 0 scored 0.2 is beaten by 0.5:
        //   rank 2, 1 relevant at or above -> 1/2. (Unmasked, the NaN label's 0.9 would push it to rank 3.)
        // sample 1: all NaN -> skipped. sample 2: labels (0, 1, 1, 0), scores (0.1, 0.9, 0.3, 0.3):
        //   label 1 rank 1 -> 1/1; label 2 ties with label 3 at 0.3: rank 3, relevant at or above 2 -> 2/3.
        //   mean 5/6. Overall (1/2 + 5/6) / 2 = 2/3.
        double[][] truth = {{1, 0, NAN, 0}, {NAN, NAN, NAN, NAN}, {0, 1, 1, 0}};
        double[][] scores = {{0.2, 0.5, 0.9, 0.1}, {0, 0, 0, 0}, {0.1, 0.9, 0.3, 0.3}};
        assertEquals(2.0 / 3.0, ClassificationMetrics.lrap(truth, scores).value(), 1e-15);
    }

    @Test
    void retrievalTiesRankPessimistically() {
        // query 0: all tied -> rank 3; query 1: correct 0.7 beaten by 0.9 -> rank 2; query 2 skipped.
        double[][] scores = {{0.5, 0.5, 0.5}, {0.9, 0.7, 0.1}, {0.0, 0.0, 0.0}};
        int[] correct = {0, 1, -1};
        assertEquals((1.0 / 3.0 + 1.0 / 2.0) / 2.0, RetrievalMetrics.mrr(scores, correct).value(), 1e-15);
        assertEquals(0.0, RetrievalMetrics.hitsAtK(scores, correct, 1).value());
        assertEquals(0.5, RetrievalMetrics.hitsAtK(scores, correct, 2).value());
        assertEquals(1.0, RetrievalMetrics.hitsAtK(scores, correct, 3).value());
        MetricValue nanScore = RetrievalMetrics.mrr(new double[][] {{0.1, NAN}}, new int[] {0});
        assertTrue(nanScore.reason().contains("query 0, candidate 1"), nanScore.reason());
        assertThrows(IllegalArgumentException.class, () -> RetrievalMetrics.mrr(new double[][] {{0.1}}, new int[] {1}));
    }

    @Test
    void metricValueKeepsValueAndReasonConsistent() {
        assertThrows(IllegalArgumentException.class, () -> new MetricValue(NAN, null));
        assertThrows(IllegalArgumentException.class, () -> new MetricValue(0.5, "why"));
        assertTrue(MetricValue.of(0.5).isDefined());
    }

    private static void assertReason(String reason, MetricValue value) {
        assertTrue(Double.isNaN(value.value()));
        assertEquals(reason, value.reason());
    }
}
