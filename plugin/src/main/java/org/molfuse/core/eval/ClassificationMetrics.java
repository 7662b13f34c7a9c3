package org.molfuse.core.eval;

/**
 * Binary and multi-label classification metrics over rows whose label is not NaN. Labels must be 0 or 1; scores may
 * be probabilities or any real values. Undefined cases give NaN with a reason, never an exception.
 *
 * <p>The ranking metrics (ROC-AUC, PR-AUC, average precision) are undefined when the labels hold only one class, as
 * chemprop skips such tasks. Accuracy and F1 count a row as predicted positive when its score is strictly greater
 * than the threshold (chemprop's rule; default 0.5).
 */
public final class ClassificationMetrics {

    public static final double DEFAULT_THRESHOLD = 0.5;

    private ClassificationMetrics() {
    }

    /** Area under the ROC curve; tied scores count half, as in scikit-learn's {@code roc_auc_score}. */
    public static MetricValue rocAuc(double[] truth, double[] scores) {
        LabelledPairs pairs = LabelledPairs.of(truth, scores);
        String problem = rankingProblem(pairs);
        if (problem != null) {
            return MetricValue.undefined(problem);
        }
        RankedBinaryCurve curve = RankedBinaryCurve.of(pairs.truth, pairs.predicted);
        // Trapezoids in integer counts: twice the area is exact, one division at the end.
        long twiceArea = 0;
        long previousTp = 0;
        long previousFp = 0;
        for (int g = 0; g < curve.points(); g++) {
            twiceArea += (curve.falsePositives[g] - previousFp) * (curve.truePositives[g] + previousTp);
            previousTp = curve.truePositives[g];
            previousFp = curve.falsePositives[g];
        }
        return MetricValue.of(twiceArea / (2.0 * curve.positives * curve.negatives));
    }

    /**
     * Trapezoidal area under the precision-recall curve, as scikit-learn's {@code auc(recall, precision)} over
     * {@code precision_recall_curve}: one point per distinct score plus the end point (recall 0, precision 1).
     */
    public static MetricValue prAuc(double[] truth, double[] scores) {
        LabelledPairs pairs = LabelledPairs.of(truth, scores);
        String problem = rankingProblem(pairs);
        if (problem != null) {
            return MetricValue.undefined(problem);
        }
        RankedBinaryCurve curve = RankedBinaryCurve.of(pairs.truth, pairs.predicted);
        double area = 0.0;
        double previousRecall = 0.0;
        double previousPrecision = 1.0;
        for (int g = 0; g < curve.points(); g++) {
            double recall = (double) curve.truePositives[g] / curve.positives;
            double precision = precisionAt(curve, g);
            area += (recall - previousRecall) * (precision + previousPrecision) / 2.0;
            previousRecall = recall;
            previousPrecision = precision;
        }
        return MetricValue.of(area);
    }

    /**
     * Average precision as scikit-learn's {@code average_precision_score}: the sum over distinct scores of the
     * recall step times the precision there, without interpolation.
     */
    public static MetricValue averagePrecision(double[] truth, double[] scores) {
        LabelledPairs pairs = LabelledPairs.of(truth, scores);
        String problem = rankingProblem(pairs);
        if (problem != null) {
            return MetricValue.undefined(problem);
        }
        RankedBinaryCurve curve = RankedBinaryCurve.of(pairs.truth, pairs.predicted);
        double sum = 0.0;
        long previousTp = 0;
        for (int g = 0; g < curve.points(); g++) {
            double recallStep = (double) (curve.truePositives[g] - previousTp) / curve.positives;
            sum += recallStep * precisionAt(curve, g);
            previousTp = curve.truePositives[g];
        }
        return MetricValue.of(sum);
    }

    public static MetricValue accuracy(double[] truth, double[] scores) {
        return accuracy(truth, scores, DEFAULT_THRESHOLD);
    }

    /** Fraction of labelled rows whose class (score &gt; threshold means 1) equals the label. */
    public static MetricValue accuracy(double[] truth, double[] scores, double threshold) {
        LabelledPairs pairs = LabelledPairs.of(truth, scores);
        String problem = binaryProblem(pairs);
        if (problem != null) {
            return MetricValue.undefined(problem);
        }
        int correct = 0;
        for (int i = 0; i < pairs.size(); i++) {
            double predictedClass = pairs.predicted[i] > threshold ? 1.0 : 0.0;
            if (predictedClass == pairs.truth[i]) {
                correct++;
            }
        }
        return MetricValue.of((double) correct / pairs.size());
    }

    public static MetricValue f1(double[] truth, double[] scores) {
        return f1(truth, scores, DEFAULT_THRESHOLD);
    }

    /**
     * F1 of the positive class at a threshold (score &gt; threshold means 1). Undefined when there is neither a
     * positive label nor a positive prediction; 0 when there are some but no true positive.
     */
    public static MetricValue f1(double[] truth, double[] scores, double threshold) {
        LabelledPairs pairs = LabelledPairs.of(truth, scores);
        String problem = binaryProblem(pairs);
        if (problem != null) {
            return MetricValue.undefined(problem);
        }
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < pairs.size(); i++) {
            boolean predictedPositive = pairs.predicted[i] > threshold;
            boolean positive = pairs.truth[i] == 1.0;
            if (predictedPositive && positive) {
                tp++;
            } else if (predictedPositive) {
                fp++;
            } else if (positive) {
                fn++;
            }
        }
        if (tp + fp + fn == 0) {
            return MetricValue.undefined(MetricReasons.NO_POSITIVES_PREDICTED_OR_LABELLED);
        }
        double precision = tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
        double denominator = precision + recall;
        return MetricValue.of(denominator == 0.0 ? 0.0 : 2.0 * precision * recall / denominator);
    }

    /**
     * Label ranking average precision (scikit-learn's {@code label_ranking_average_precision_score}) of a
     * [samples x labels] 0/1 matrix against scores of the same shape. A NaN label removes that label from its
     * sample's ranking; a sample with no label left is skipped; a sample whose labelled entries are all relevant or
     * all irrelevant scores 1, as in scikit-learn. Ties rank pessimistically (a label's rank counts every label
     * scored at least as high).
     */
    public static MetricValue lrap(double[][] truth, double[][] scores) {
        if (truth == null || scores == null) {
            throw new IllegalArgumentException("truth and scores must not be null");
        }
        if (truth.length != scores.length) {
            throw new IllegalArgumentException("truth has " + truth.length + " samples but scores have "
                    + scores.length);
        }
        double sum = 0.0;
        int samples = 0;
        for (int sample = 0; sample < truth.length; sample++) {
            LabelledPairs pairs = LabelledPairs.of(truth[sample], scores[sample], "column");
            if (MetricReasons.NO_LABELS.equals(pairs.problem)) {
                continue;
            }
            String problem = pairs.problem != null ? pairs.problem : pairs.binaryLabelProblem();
            if (problem != null) {
                return MetricValue.undefined("sample " + sample + ": " + problem);
            }
            sum += sampleRankingPrecision(pairs.truth, pairs.predicted);
            samples++;
        }
        if (samples == 0) {
            return MetricValue.undefined(MetricReasons.NO_LABELS);
        }
        return MetricValue.of(sum / samples);
    }

    private static double sampleRankingPrecision(double[] relevance, double[] scores) {
        int relevantCount = 0;
        for (double label : relevance) {
            if (label == 1.0) {
                relevantCount++;
            }
        }
        if (relevantCount == 0 || relevantCount == relevance.length) {
            return 1.0;
        }
        double sum = 0.0;
        for (int j = 0; j < relevance.length; j++) {
            if (relevance[j] != 1.0) {
                continue;
            }
            int rank = 0;
            int relevantRank = 0;
            for (int other = 0; other < relevance.length; other++) {
                if (scores[other] >= scores[j]) {
                    rank++;
                    if (relevance[other] == 1.0) {
                        relevantRank++;
                    }
                }
            }
            sum += (double) relevantRank / rank;
        }
        return sum / relevantCount;
    }

    private static double precisionAt(RankedBinaryCurve curve, int point) {
        long predictedPositive = curve.truePositives[point] + curve.falsePositives[point];
        return (double) curve.truePositives[point] / predictedPositive;
    }

    private static String binaryProblem(LabelledPairs pairs) {
        return pairs.problem != null ? pairs.problem : pairs.binaryLabelProblem();
    }

    private static String rankingProblem(LabelledPairs pairs) {
        String problem = binaryProblem(pairs);
        if (problem != null) {
            return problem;
        }
        boolean hasPositive = false;
        boolean hasNegative = false;
        for (double label : pairs.truth) {
            hasPositive |= label == 1.0;
            hasNegative |= label == 0.0;
        }
        return hasPositive && hasNegative ? null : MetricReasons.ONE_CLASS;
    }
}
