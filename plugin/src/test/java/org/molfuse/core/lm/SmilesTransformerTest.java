package org.molfuse.core.lm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.molfuse.core.nn.TorchRuntime;

/** The encoder against a plain-loop implementation of the same RoBERTa equations, on random weights. */
class SmilesTransformerTest {

    private static final TransformerConfig TINY = new TransformerConfig(7, 4, 2, 2, 6, 8, 0f, 1e-5f, 1);

    /** Every parameter set to reproducible random values, biases and LayerNorm weights included. */
    private static Map<String, float[]> randomize(SmilesTransformer block) {
        Random random = new Random(7);
        Map<String, float[]> values = new HashMap<>();
        for (Pair<String, Parameter> entry : block.getParameters()) {
            NDArray array = entry.getValue().getArray();
            float[] data = new float[(int) array.size()];
            for (int i = 0; i < data.length; i++) {
                data[i] = (float) (random.nextGaussian() * 0.5);
            }
            array.set(data);
            values.put(entry.getValue().getName(), data);
        }
        return values;
    }

    private static SmilesTransformer initialized(NDManager manager, TransformerConfig config) {
        SmilesTransformer block = new SmilesTransformer(config);
        block.initialize(manager, DataType.FLOAT32, new Shape(2, 6), new Shape(2, 6));
        return block;
    }

    private static float[] forward(NDManager manager, SmilesTransformer block, long[][] ids) {
        int batch = ids.length;
        int length = ids[0].length;
        long[] flat = new long[batch * length];
        long[] mask = new long[batch * length];
        for (int b = 0; b < batch; b++) {
            for (int t = 0; t < length; t++) {
                flat[b * length + t] = ids[b][t];
                mask[b * length + t] = ids[b][t] == SmilesVocabulary.PAD_ID ? 0 : 1;
            }
        }
        NDList inputs = new NDList(manager.create(flat, new Shape(batch, length)),
                manager.create(mask, new Shape(batch, length)));
        return block.forward(new ParameterStore(manager, false), inputs, false).head().toFloatArray();
    }

    @Test
    void tokenStatesEqualAPlainLoopImplementationOfRoberta() {
        try (NDManager manager = TorchRuntime.newManager()) {
            SmilesTransformer block = initialized(manager, TINY);
            Map<String, float[]> weights = randomize(block);
            long[][] ids = {{2, 5, 6, 3, 0, 0}, {2, 6, 5, 5, 6, 3}};
            float[] actual = forward(manager, block, ids);
            double[][][] expected = new double[2][][];
            for (int b = 0; b < 2; b++) {
                expected[b] = reference(weights, TINY, ids[b]);
            }
            for (int b = 0; b < 2; b++) {
                for (int t = 0; t < 6; t++) {
                    if (ids[b][t] == 0) {
                        continue; // padding states are never read
                    }
                    for (int k = 0; k < 4; k++) {
                        assertEquals(expected[b][t][k], actual[(b * 6 + t) * 4 + k], 1e-4,
                                "sequence " + b + ", token " + t + ", unit " + k);
                    }
                }
            }
        }
    }

    @Test
    void paddingChangesNoRealTokenState() {
        try (NDManager manager = TorchRuntime.newManager()) {
            SmilesTransformer block = initialized(manager, TINY);
            randomize(block);
            float[] padded = forward(manager, block, new long[][] {{2, 5, 6, 3, 0, 0}});
            float[] alone = forward(manager, block, new long[][] {{2, 5, 6, 3}});
            for (int i = 0; i < alone.length; i++) {
                assertEquals(alone[i], padded[i], 1e-5, "value " + i);
            }
        }
    }

    @Test
    void parametersAreNamedAndShapedAsHuggingFaceRobertaCheckpoints() {
        try (NDManager manager = TorchRuntime.newManager()) {
            SmilesTransformer block = initialized(manager, TINY);
            Map<String, Shape> shapes = new HashMap<>();
            for (Pair<String, Parameter> entry : block.getParameters()) {
                shapes.put(entry.getValue().getName(), entry.getValue().getArray().getShape());
            }
            assertEquals(new Shape(7, 4), shapes.get("embeddings.word_embeddings.weight"));
            assertEquals(new Shape(8, 4), shapes.get("embeddings.position_embeddings.weight"));
            assertEquals(new Shape(1, 4), shapes.get("embeddings.token_type_embeddings.weight"));
            assertEquals(new Shape(4), shapes.get("embeddings.LayerNorm.bias"));
            assertEquals(new Shape(4, 4), shapes.get("encoder.layer.1.attention.self.key.weight"));
            assertEquals(new Shape(6, 4), shapes.get("encoder.layer.0.intermediate.dense.weight"));
            assertEquals(new Shape(4, 6), shapes.get("encoder.layer.1.output.dense.weight"));
            assertEquals(new Shape(4), shapes.get("encoder.layer.0.output.LayerNorm.weight"));
            assertEquals(5 + 2 * 16, shapes.size(), "5 embedding parameters and 16 per layer");
        }
    }

    @Test
    void poolingTakesTheFirstTokenOrAveragesTheRealOnes() {
        try (NDManager manager = TorchRuntime.newManager()) {
            NDArray states = manager.create(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, new Shape(2, 3, 2));
            NDArray mask = manager.create(new long[] {1, 1, 0, 1, 1, 1}, new Shape(2, 3));
            assertArrayEquals(new float[] {1, 2, 7, 8}, SmilesTransformer.clsPooling(states).toFloatArray());
            // (1+3)/2, (2+4)/2; (7+9+11)/3, (8+10+12)/3
            assertArrayEquals(new float[] {2, 3, 9, 10}, SmilesTransformer.meanPooling(states, mask).toFloatArray(),
                    1e-6f);
        }
    }

    @Test
    void configurationsThatCannotWorkAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TransformerConfig(7, 6, 1, 4, 6, 8, 0f, 1e-5f, 1));
        assertThrows(IllegalArgumentException.class, () -> new TransformerConfig(7, 4, 1, 2, 6, 2, 0f, 1e-5f, 1));
        assertEquals(256, TransformerConfig.preset("small", 50, 128).hiddenSize());
        assertEquals(128, TransformerConfig.preset("small", 50, 128).maxSequenceLength());
        try (NDManager manager = TorchRuntime.newManager()) {
            SmilesTransformer block = initialized(manager, TINY);
            assertEquals("sequences of 7 tokens exceed the model's 6 positions", assertThrows(
                    IllegalArgumentException.class, () -> forward(manager, block, new long[][] {{2, 5, 5, 5, 5, 5,
                        3}})).getMessage());
        }
    }

    // ---- the reference: RoBERTa's equations written out with loops, in double precision

    private static double[][] reference(Map<String, float[]> w, TransformerConfig config, long[] ids) {
        int length = ids.length;
        int h = config.hiddenSize();
        double[][] x = new double[length][h];
        int position = config.positionPaddingIndex();
        for (int t = 0; t < length; t++) {
            boolean real = ids[t] != 0;
            int row = real ? ++position : config.positionPaddingIndex();
            for (int k = 0; k < h; k++) {
                x[t][k] = w.get("embeddings.word_embeddings.weight")[(int) ids[t] * h + k]
                        + w.get("embeddings.position_embeddings.weight")[row * h + k]
                        + w.get("embeddings.token_type_embeddings.weight")[k];
            }
            x[t] = layerNorm(x[t], w.get("embeddings.LayerNorm.weight"), w.get("embeddings.LayerNorm.bias"));
        }
        for (int layer = 0; layer < config.layers(); layer++) {
            String p = "encoder.layer." + layer + ".";
            double[][] q = linear(x, w.get(p + "attention.self.query.weight"), w.get(p + "attention.self.query.bias"));
            double[][] k = linear(x, w.get(p + "attention.self.key.weight"), w.get(p + "attention.self.key.bias"));
            double[][] v = linear(x, w.get(p + "attention.self.value.weight"), w.get(p + "attention.self.value.bias"));
            double[][] context = new double[length][h];
            int d = config.headSize();
            for (int head = 0; head < config.heads(); head++) {
                for (int i = 0; i < length; i++) {
                    double[] scores = new double[length];
                    double max = Double.NEGATIVE_INFINITY;
                    for (int j = 0; j < length; j++) {
                        if (ids[j] == 0) {
                            scores[j] = Double.NEGATIVE_INFINITY;
                            continue;
                        }
                        double dot = 0;
                        for (int c = 0; c < d; c++) {
                            dot += q[i][head * d + c] * k[j][head * d + c];
                        }
                        scores[j] = dot / Math.sqrt(d);
                        max = Math.max(max, scores[j]);
                    }
                    double total = 0;
                    for (int j = 0; j < length; j++) {
                        scores[j] = ids[j] == 0 ? 0 : Math.exp(scores[j] - max);
                        total += scores[j];
                    }
                    for (int j = 0; j < length; j++) {
                        for (int c = 0; c < d; c++) {
                            context[i][head * d + c] += scores[j] / total * v[j][head * d + c];
                        }
                    }
                }
            }
            double[][] attended = linear(context, w.get(p + "attention.output.dense.weight"),
                    w.get(p + "attention.output.dense.bias"));
            for (int t = 0; t < length; t++) {
                x[t] = layerNorm(add(x[t], attended[t]), w.get(p + "attention.output.LayerNorm.weight"),
                        w.get(p + "attention.output.LayerNorm.bias"));
            }
            double[][] hidden = linear(x, w.get(p + "intermediate.dense.weight"), w.get(p + "intermediate.dense.bias"));
            for (double[] row : hidden) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = 0.5 * row[c] * (1 + erf(row[c] / Math.sqrt(2)));
                }
            }
            double[][] out = linear(hidden, w.get(p + "output.dense.weight"), w.get(p + "output.dense.bias"));
            for (int t = 0; t < length; t++) {
                x[t] = layerNorm(add(x[t], out[t]), w.get(p + "output.LayerNorm.weight"),
                        w.get(p + "output.LayerNorm.bias"));
            }
        }
        return x;
    }

    /** x W^T + b with W stored [out, in] row-major. */
    private static double[][] linear(double[][] x, float[] weight, float[] bias) {
        int out = bias.length;
        int in = x[0].length;
        double[][] y = new double[x.length][out];
        for (int t = 0; t < x.length; t++) {
            for (int o = 0; o < out; o++) {
                double sum = bias[o];
                for (int i = 0; i < in; i++) {
                    sum += weight[o * in + i] * x[t][i];
                }
                y[t][o] = sum;
            }
        }
        return y;
    }

    private static double[] layerNorm(double[] x, float[] gamma, float[] beta) {
        double mean = 0;
        for (double value : x) {
            mean += value / x.length;
        }
        double variance = 0;
        for (double value : x) {
            variance += (value - mean) * (value - mean) / x.length;
        }
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (x[i] - mean) / Math.sqrt(variance + 1e-5) * gamma[i] + beta[i];
        }
        return y;
    }

    private static double[] add(double[] a, double[] b) {
        double[] sum = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }

    /** erf by its Maclaurin series (exact to double precision for |x| < 4), and +-1 beyond. */
    private static double erf(double x) {
        if (Math.abs(x) >= 4) {
            return Math.signum(x);
        }
        double term = x;
        double sum = x;
        for (int n = 1; n < 80; n++) {
            term *= -x * x / n;
            sum += term / (2 * n + 1);
        }
        return 2 / Math.sqrt(Math.PI) * sum;
    }
}
