package org.molfuse.core.eval;

import java.util.Arrays;

/**
 * Cumulative true and false positive counts at each distinct score, from the highest score down: the points shared
 * by the ROC and precision-recall curves. Tied scores form one point, so ties are never broken arbitrarily.
 */
final class RankedBinaryCurve {

    /** Cumulative positives (tp) and negatives (fp) scored at or above the g-th highest distinct score. */
    final long[] truePositives;
    final long[] falsePositives;
    final long positives;
    final long negatives;

    private RankedBinaryCurve(long[] truePositives, long[] falsePositives) {
        this.truePositives = truePositives;
        this.falsePositives = falsePositives;
        int last = truePositives.length - 1;
        this.positives = truePositives[last];
        this.negatives = falsePositives[last];
    }

    /** Labels must be 0 or 1 and scores non-NaN, with at least one row. */
    static RankedBinaryCurve of(double[] labels, double[] scores) {
        Integer[] byScoreDescending = new Integer[scores.length];
        for (int i = 0; i < scores.length; i++) {
            byScoreDescending[i] = i;
        }
        Arrays.sort(byScoreDescending, (a, b) -> Double.compare(scores[b], scores[a]));
        long[] tp = new long[scores.length];
        long[] fp = new long[scores.length];
        int points = 0;
        long runningTp = 0;
        long runningFp = 0;
        for (int i = 0; i < byScoreDescending.length; i++) {
            int row = byScoreDescending[i];
            if (labels[row] == 1.0) {
                runningTp++;
            } else {
                runningFp++;
            }
            // == treats -0.0 and 0.0 as one score, as a difference of zero would
            boolean lastOfTie = i + 1 == byScoreDescending.length
                    || scores[byScoreDescending[i + 1]] != scores[row];
            if (lastOfTie) {
                tp[points] = runningTp;
                fp[points] = runningFp;
                points++;
            }
        }
        return new RankedBinaryCurve(Arrays.copyOf(tp, points), Arrays.copyOf(fp, points));
    }

    int points() {
        return truePositives.length;
    }
}
