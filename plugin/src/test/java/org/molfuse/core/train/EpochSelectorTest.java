package org.molfuse.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EpochSelectorTest {

    /** Feeds the history until the selector says stop; returns the epoch it stopped after (or the last). */
    private static int stopEpoch(EpochSelector selector, double... history) {
        for (int epoch = 1; epoch <= history.length; epoch++) {
            selector.record(history[epoch - 1]);
            if (selector.shouldStop()) {
                return epoch;
            }
        }
        return history.length;
    }

    @Test
    void stopsAfterPatienceEpochsWithoutAStrictlyBetterMetric() {
        EpochSelector selector = new EpochSelector(false, 3);
        // lower is better: new bests at epochs 1, 2 and 5 (0.39); 6, 7, 8 are worse -> stop after epoch 8.
        // Epoch 4 (0.41) is worse than 0.4 and epoch 9 (0.1) is never seen.
        int stopped = stopEpoch(selector, 0.5, 0.4, 0.45, 0.41, 0.39, 0.5, 0.6, 0.7, 0.1);
        assertEquals(8, stopped);
        assertEquals(5, selector.bestEpoch());
        assertEquals(0.39, selector.bestMetric(), 0);
    }

    @Test
    void aTieIsNoImprovementAndHigherCanBeBetter() {
        EpochSelector selector = new EpochSelector(true, 2);
        // higher is better: best 0.8 at epoch 2; epoch 3 ties (no improvement), epoch 4 is lower -> stop after 4
        assertEquals(4, stopEpoch(selector, 0.7, 0.8, 0.8, 0.75, 0.9));
        assertEquals(2, selector.bestEpoch());
    }

    @Test
    void undefinedMetricsNeverWinAndNeverTriggerAStopBeforeAnyBest() {
        EpochSelector selector = new EpochSelector(false, 1);
        selector.record(Double.NaN);
        selector.record(Double.NaN);
        assertFalse(selector.shouldStop());
        assertEquals(0, selector.bestEpoch());
        assertTrue(selector.record(2.0));
        assertEquals(3, selector.bestEpoch());
        assertFalse(selector.record(Double.NaN));
        assertTrue(selector.shouldStop());
    }

    @Test
    void patienceZeroNeverStops() {
        EpochSelector selector = new EpochSelector(false, 0);
        assertEquals(6, stopEpoch(selector, 1, 2, 3, 4, 5, 6));
        assertEquals(1, selector.bestEpoch());
    }
}
