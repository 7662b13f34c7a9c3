package org.molfuse.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradientClippingTest {

    /** A Linear layer with gradients from loss = sum(output^2) on a fixed input. */
    private static List<Parameter> parametersWithGradients(NDManager manager) {
        Engine.getInstance().setRandomSeed(3);
        Linear linear = Linear.builder().setUnits(2).build();
        linear.initialize(manager, DataType.FLOAT32, new Shape(3, 4));
        NDArray input = manager.create(new float[] {1, 2, 3, 4, -1, 0, 1, 2, 0.5f, 0.5f, 0.5f, 0.5f}, new Shape(3, 4));
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray output = linear.forward(new ParameterStore(manager, false), new NDList(input), true).head();
            collector.backward(output.square().sum());
        }
        return new ArrayList<>(linear.getParameters().values());
    }

    private static List<float[]> gradients(List<Parameter> parameters) {
        List<float[]> values = new ArrayList<>();
        try (NDScope scope = new NDScope()) {
            for (Parameter parameter : parameters) {
                values.add(parameter.getArray().getGradient().toFloatArray());
            }
        }
        return values;
    }

    /** The global norm computed independently, in Java doubles. */
    private static double norm(List<float[]> gradients) {
        double squares = 0;
        for (float[] gradient : gradients) {
            for (float value : gradient) {
                squares += (double) value * value;
            }
        }
        return Math.sqrt(squares);
    }

    @Test
    void scalesAllGradientsToTheMaximumGlobalNorm() {
        try (NDManager manager = NDManager.newBaseManager()) {
            List<Parameter> parameters = parametersWithGradients(manager);
            List<float[]> before = gradients(parameters);
            double norm = norm(before);
            double returned;
            try (NDScope scope = new NDScope()) {
                returned = GradientClipping.clip(parameters, norm / 4);
            }
            assertEquals(norm, returned, norm * 1e-6);
            List<float[]> after = gradients(parameters);
            double scale = (norm / 4) / (norm + 1e-6);
            for (int i = 0; i < before.size(); i++) {
                float[] expected = before.get(i).clone();
                for (int j = 0; j < expected.length; j++) {
                    expected[j] *= (float) scale;
                }
                assertArrayEquals(expected, after.get(i), 1e-6f);
            }
            assertEquals(norm / 4, norm(after), norm * 1e-6);
        }
    }

    @Test
    void leavesGradientsBelowTheMaximumAlone() {
        try (NDManager manager = NDManager.newBaseManager()) {
            List<Parameter> parameters = parametersWithGradients(manager);
            List<float[]> before = gradients(parameters);
            try (NDScope scope = new NDScope()) {
                GradientClipping.clip(parameters, norm(before) * 10);
            }
            List<float[]> after = gradients(parameters);
            for (int i = 0; i < before.size(); i++) {
                assertArrayEquals(before.get(i), after.get(i), 0f);
            }
        }
    }
}
