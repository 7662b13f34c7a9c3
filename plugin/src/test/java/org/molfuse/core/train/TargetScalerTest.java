package org.molfuse.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetScalerTest {

    private static final float NAN = Float.NaN;
    private static final TaskKind R = TaskKind.REGRESSION;
    private static final TaskKind C = TaskKind.BINARY_CLASSIFICATION;

    private static final float[][] LABELS = {
        {1, 2, NAN, 0},
        {3, 2, NAN, 1},
        {NAN, 2, NAN, 1},
        {5, NAN, NAN, NAN},
    };

    @Test
    void fitsMeanAndPopulationStdIgnoringMissingLabels() {
        TargetScaler scaler = TargetScaler.fit(LABELS, List.of(R, R, R, C));
        // task 0: values 1, 3, 5 -> mean 3, population variance (4 + 0 + 4) / 3 = 8/3, std = sqrt(8/3)
        // task 1: constant 2 -> std 0 replaced by 1; task 2: no label -> mean 0, std 1
        // task 3: classification is never scaled -> mean 0, std 1
        assertArrayEquals(new double[] {3, 2, 0, 0}, scaler.means(), 1e-12);
        assertArrayEquals(new double[] {Math.sqrt(8.0 / 3), 1, 1, 1}, scaler.stds(), 1e-12);
    }

    @Test
    void transformsAndInvertsKeepingMissingLabels() {
        TargetScaler scaler = TargetScaler.fit(LABELS, List.of(R, R, R, C));
        float[][] scaled = scaler.transform(LABELS);
        // (1 - 3) / sqrt(8/3) = -1.2247449; (5 - 3) / sqrt(8/3) = 1.2247449
        assertEquals(-1.2247449f, scaled[0][0], 1e-6f);
        assertEquals(1.2247449f, scaled[3][0], 1e-6f);
        assertEquals(0f, scaled[1][1], 0f);
        assertEquals(1f, scaled[1][3], 0f);
        assertTrue(Float.isNaN(scaled[2][0]));
        assertTrue(Float.isNaN(scaled[0][2]));
        float[][] back = scaler.inverseTransform(scaled);
        for (int row = 0; row < LABELS.length; row++) {
            assertArrayEquals(LABELS[row], back[row], 1e-6f);
        }
    }

    @Test
    void survivesAJsonRoundTrip() {
        TargetScaler scaler = TargetScaler.fit(LABELS, List.of(R, R, R, C));
        String json = scaler.toJson();
        assertEquals(scaler, TargetScaler.fromJson(json));
        assertTrue(json.contains("\"means\""), json);
    }

    @Test
    void rejectsBadInputWithReasons() {
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> TargetScaler.fit(new float[][] {{1, 2}, {3}}, List.of(R, R)));
        assertEquals("labels row 1 has 1 values, expected one per task (2)", shape.getMessage());
        IllegalArgumentException std = assertThrows(IllegalArgumentException.class,
                () -> new TargetScaler(new double[] {0}, new double[] {0}));
        assertTrue(std.getMessage().contains("positive finite std"), std.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TargetScaler.fromJson("{\"means\": [1]}"));
    }
}
