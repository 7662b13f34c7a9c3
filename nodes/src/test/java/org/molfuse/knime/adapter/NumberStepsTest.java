package org.molfuse.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.molfuse.core.operator.Parameter;

class NumberStepsTest {

    private static double step(double defaultValue, double min, double max) {
        return NumberSteps.step(new Parameter.Real("x", "X", "a number", defaultValue, min, max));
    }

    @Test
    void stepsFollowTheDefaultsMagnitude() {
        // 10^floor(log10 0.001) = 0.001 and a tenth of [1e-6, 1] is about 0.1: the smaller wins
        assertEquals(0.001, step(0.001, 1e-6, 1), 1e-15);
        // 10^floor(log10 0.8) = 0.1
        assertEquals(0.1, step(0.8, 0, 1), 1e-15);
        // 10^floor(log10 250) = 100, but a tenth of [0, 300] rounds down to 10
        assertEquals(10, step(250, 0, 300), 1e-12);
    }

    @Test
    void aZeroDefaultStepsByATenthOfTheRange() {
        // dropout in [0, 0.9]: 0.09 rounds down to 0.01
        assertEquals(0.01, step(0, 0, 0.9), 1e-15);
        assertEquals(0.1, step(0, 0, 0), 1e-15);
    }
}
