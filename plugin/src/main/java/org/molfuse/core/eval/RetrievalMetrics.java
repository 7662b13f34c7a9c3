package org.molfuse.core.eval;

import java.util.Arrays;

/**
 * Retrieval metrics over a [queries x candidates] score matrix with the index of the correct candidate per query
 * (a negative index marks a query without a known answer: it is skipped, like a missing label).
 *
 * <p>Ties rank pessimistically: the rank of the correct candidate is 1 + the number of other candidates scored at
 * least as high, so a model that scores everything alike gets the worst rank, never the best. A NaN score in an
 * answered query makes the metric undefined (the reason names query and candidate).
 */
public final class RetrievalMetrics {

    private RetrievalMetrics() {
    }

    /** Mean reciprocal rank of the correct candidate. */
    public static MetricValue mrr(double[][] scores, int[] correctCandidate) {
        Ranks ranks = Ranks.of(scores, correctCandidate);
        if (ranks.problem != null) {
            return MetricValue.undefined(ranks.problem);
        }
        double sum = 0.0;
        for (int rank : ranks.values) {
            sum += 1.0 / rank;
        }
        return MetricValue.of(sum / ranks.values.length);
    }

    /** Fraction of answered queries whose correct candidate ranks within the top k (k &gt;= 1). */
    public static MetricValue hitsAtK(double[][] scores, int[] correctCandidate, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("hits@k needs k >= 1, got " + k);
        }
        Ranks ranks = Ranks.of(scores, correctCandidate);
        if (ranks.problem != null) {
            return MetricValue.undefined(ranks.problem);
        }
        int hits = 0;
        for (int rank : ranks.values) {
            if (rank <= k) {
                hits++;
            }
        }
        return MetricValue.of((double) hits / ranks.values.length);
    }

    /** Pessimistic ranks of the correct candidates of the answered queries, or why there are none. */
    private record Ranks(int[] values, String problem) {

        static Ranks of(double[][] scores, int[] correctCandidate) {
            if (scores == null || correctCandidate == null) {
                throw new IllegalArgumentException("scores and correct candidates must not be null");
            }
            if (scores.length != correctCandidate.length) {
                throw new IllegalArgumentException("scores have " + scores.length
                        + " queries but correct candidates " + correctCandidate.length);
            }
            int[] ranks = new int[scores.length];
            int answered = 0;
            for (int query = 0; query < scores.length; query++) {
                int correct = correctCandidate[query];
                if (correct < 0) {
                    continue;
                }
                double[] row = scores[query];
                if (correct >= row.length) {
                    throw new IllegalArgumentException("correct candidate " + correct + " of query " + query
                            + " is outside its " + row.length + " candidates");
                }
                int rank = 1;
                for (int candidate = 0; candidate < row.length; candidate++) {
                    if (Double.isNaN(row[candidate])) {
                        return new Ranks(null, "missing score (NaN) for query " + query + ", candidate " + candidate);
                    }
                    if (candidate != correct && row[candidate] >= row[correct]) {
                        rank++;
                    }
                }
                ranks[answered++] = rank;
            }
            if (answered == 0) {
                return new Ranks(null, MetricReasons.NO_LABELS);
            }
            return new Ranks(Arrays.copyOf(ranks, answered), null);
        }
    }
}
