package org.molfuse.core.train;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Fixed-size float feature vectors with labels, a batch source for them and small MLPs: the tests' models. */
final class VectorExamples {

    /** One example: features and its label row (NaN = missing). */
    record Example(float[] features, float[] labels) {
    }

    /** Feeds examples as one [batch x features] array and counts how many batches it built. */
    static final class Source implements BatchSource<Example> {

        final AtomicInteger batches = new AtomicInteger();

        @Override
        public NDList inputs(List<Example> examples, NDManager manager) {
            batches.incrementAndGet();
            int width = examples.get(0).features().length;
            float[] flat = new float[examples.size() * width];
            for (int row = 0; row < examples.size(); row++) {
                System.arraycopy(examples.get(row).features(), 0, flat, row * width, width);
            }
            return new NDList(manager.create(flat, new Shape(examples.size(), width)));
        }

        @Override
        public float[][] labels(List<Example> examples) {
            float[][] labels = new float[examples.size()][];
            for (int row = 0; row < examples.size(); row++) {
                labels[row] = examples.get(row).labels().clone();
            }
            return labels;
        }
    }

    private VectorExamples() {
    }

    /** {@code count} examples with {@code width} features uniform in [0, 1) and labels from {@code labelling}. */
    static List<Example> generate(int count, int width, long seed, Function<float[], float[]> labelling) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Example> examples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            float[] features = new float[width];
            for (int j = 0; j < width; j++) {
                features[j] = (float) random.nextDouble();
            }
            examples.add(new Example(features, labelling.apply(features)));
        }
        return examples;
    }

    /** Drops each label with probability {@code missing} (replaced by NaN), seeded. */
    static List<Example> withMissingLabels(List<Example> examples, double missing, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Example> result = new ArrayList<>(examples.size());
        for (Example example : examples) {
            float[] labels = example.labels().clone();
            for (int task = 0; task < labels.length; task++) {
                if (random.nextDouble() < missing) {
                    labels[task] = Float.NaN;
                }
            }
            result.add(new Example(example.features(), labels));
        }
        return result;
    }

    static float sum(float[] values) {
        float total = 0;
        for (float value : values) {
            total += value;
        }
        return total;
    }

    /** Linear(hidden) - ReLU - Linear(outputs). */
    static SequentialBlock mlp(int hidden, int outputs) {
        return new SequentialBlock()
                .add(Linear.builder().setUnits(hidden).build())
                .add(Activation::relu)
                .add(Linear.builder().setUnits(outputs).build());
    }

    /** Linear(hidden) - ReLU - Dropout(rate) - Linear(outputs). */
    static SequentialBlock mlpWithDropout(int hidden, int outputs, float rate) {
        return new SequentialBlock()
                .add(Linear.builder().setUnits(hidden).build())
                .add(Activation::relu)
                .add(Dropout.builder().optRate(rate).build())
                .add(Linear.builder().setUnits(outputs).build());
    }

    /** Root-mean-square error over the present (non-NaN) truth values of one task column. */
    static double rmse(List<Example> examples, float[][] predictions, int task) {
        double squares = 0;
        int count = 0;
        for (int row = 0; row < examples.size(); row++) {
            float truth = examples.get(row).labels()[task];
            if (!Float.isNaN(truth)) {
                squares += (predictions[row][task] - truth) * (predictions[row][task] - truth);
                count++;
            }
        }
        return Math.sqrt(squares / count);
    }
}
