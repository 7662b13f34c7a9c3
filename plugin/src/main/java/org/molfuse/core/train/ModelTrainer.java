package org.molfuse.core.train;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.LocalParameterServer;
import ai.djl.training.ParameterStore;
import ai.djl.training.tracker.Tracker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.molfuse.core.eval.Metric;
import org.molfuse.core.eval.MultiTaskMetrics;

/**
 * Trains any DJL {@link Block} whose first output is [batch x tasks] on examples fed by a {@link BatchSource}.
 *
 * <p>Per epoch: the training examples are shuffled with a {@link SplittableRandom} seeded once with the config seed;
 * each batch runs forward, the {@link MaskedMultiTaskLoss} on standardized targets and backward inside an
 * {@link NDScope} (which frees every temporary array), gradients are clipped to the configured global norm, and the
 * optimizer steps <em>outside</em> the scope, because Adam creates its state arrays lazily on the first step and a
 * scope would free them. A batch without any label is skipped. After the epoch the validation examples are predicted
 * in inference mode and scored with the validation metric; the best epoch's parameters are kept in memory and put
 * back at the end. The engine's random seed is set from the config before the block is initialized, so the same
 * seed gives the same weights on CPU with one thread (a block that is already initialized keeps its weights: the
 * seed then drives shuffling and dropout only).
 *
 * <p>The optimizer step is DJL's {@code Trainer.step()} without the Trainer: {@link ParameterStore} with a
 * {@link LocalParameterServer}. A Trainer needs a Model, whose manager is a root of its own; here every array of the
 * run hangs below the caller's {@code manager}, so {@link NDManager#getManagedArrays()} on it is a complete measure
 * of native memory (it stays at the parameter count from epoch to epoch). It also avoids the Trainer's first-step
 * check that throws when the gradients happen to be all zero.
 *
 * <p>{@code cancelled} is asked before every batch (training, validation and the shape probe); when it answers true
 * the run throws {@link CancellationException} and the block keeps the weights it had at that moment.
 */
public final class ModelTrainer {

    private final TrainingConfig config;
    private final TrainingListener listener;
    private final BooleanSupplier cancelled;

    public ModelTrainer(TrainingConfig config) {
        this(config, TrainingListener.NONE, () -> false);
    }

    public ModelTrainer(TrainingConfig config, TrainingListener listener, BooleanSupplier cancelled) {
        this.config = Objects.requireNonNull(config, "config");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.cancelled = Objects.requireNonNull(cancelled, "cancelled");
    }

    /**
     * Trains {@code block} and leaves the best epoch's weights in it. An uninitialized block is initialized in
     * {@code manager} with the input shapes of the first training batch; restored parameters also live in
     * {@code manager}. Training temporaries live in a sub-manager that is closed before returning.
     *
     * @param validation may be empty: then every epoch's metric is NaN and the last epoch's weights are kept
     */
    public <E> TrainingResult train(Block block, NDManager manager, BatchSource<E> source, List<E> training,
            List<E> validation, List<TaskKind> tasks) {
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(validation, "validation");
        List<TaskKind> taskKinds = List.copyOf(Objects.requireNonNull(tasks, "tasks"));
        if (training.isEmpty()) {
            throw new IllegalArgumentException("there are no training examples");
        }
        Metric metric = config.validationMetricFor(taskKinds);
        float[][] trainLabels = source.labels(training);
        LabelMatrix.requireValidLabels("training", requireRows(trainLabels, training.size(), "training"), taskKinds);
        float[][] validationLabels = validation.isEmpty() ? new float[0][] : source.labels(validation);
        LabelMatrix.requireValidLabels("validation", requireRows(validationLabels, validation.size(), "validation"),
                taskKinds);

        Engine engine = org.molfuse.core.nn.TorchRuntime.engine();
        org.molfuse.core.nn.TorchRuntime.useThreads(config.threads());
        engine.setRandomSeed(config.seed());
        TargetScaler scaler = TargetScaler.fit(trainLabels, taskKinds);
        Run<E> run = new Run<>(block, source, training, scaler.transform(trainLabels), taskKinds, metric,
                new ModelPredictor(block, taskKinds, scaler));
        try (NDManager trainingManager = manager.newSubManager()) {
            prepare(block, manager, source, training);
            return run.epochs(engine, manager, trainingManager, validation, validationLabels, scaler);
        }
    }

    private static float[][] requireRows(float[][] labels, int examples, String what) {
        if (labels == null || labels.length != examples) {
            throw new IllegalStateException("the batch source returned "
                    + (labels == null ? "no" : String.valueOf(labels.length)) + " " + what + " label rows for "
                    + examples + " examples");
        }
        return labels;
    }

    private <E> void prepare(Block block, NDManager manager, BatchSource<E> source, List<E> training) {
        if (block.isInitialized()) {
            // parameters read by Block.loadParameters do not record gradients until asked to
            for (Parameter parameter : block.getParameters().values()) {
                if (parameter.requiresGradient() && !parameter.getArray().hasGradient()) {
                    parameter.getArray().setRequiresGradient(true);
                }
            }
            return;
        }
        checkCancelled("before the first batch");
        Shape[] shapes;
        try (NDManager probe = manager.newSubManager()) {
            NDList inputs = source.inputs(training.subList(0, Math.min(training.size(), config.batchSize())), probe);
            shapes = inputs.getShapes();
        }
        // outside any NDScope: the parameters must outlive it
        block.initialize(manager, DataType.FLOAT32, shapes);
    }

    private void checkCancelled(String where) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("training cancelled " + where);
        }
    }

    /** The state of one training run. */
    private final class Run<E> {

        private final Block block;
        private final BatchSource<E> source;
        private final List<E> training;
        private final float[][] scaledLabels;
        private final List<TaskKind> tasks;
        private final Metric metric;
        private final ModelPredictor predictor;
        private final MaskedMultiTaskLoss loss;
        private final List<Parameter> trainable = new ArrayList<>();
        private int steps;

        Run(Block block, BatchSource<E> source, List<E> training, float[][] scaledLabels, List<TaskKind> tasks,
                Metric metric, ModelPredictor predictor) {
            this.block = block;
            this.source = source;
            this.training = training;
            this.scaledLabels = scaledLabels;
            this.tasks = tasks;
            this.metric = metric;
            this.predictor = predictor;
            this.loss = new MaskedMultiTaskLoss(tasks);
        }

        TrainingResult epochs(Engine engine, NDManager manager, NDManager trainingManager, List<E> validation,
                float[][] validationLabels, TargetScaler scaler) {
            for (Parameter parameter : block.getParameters().values()) {
                if (parameter.requiresGradient()) {
                    trainable.add(parameter);
                }
            }
            int batchesPerEpoch = (training.size() + config.batchSize() - 1) / config.batchSize();
            LearningRateSchedule schedule =
                    config.learningRate().newSchedule(config.epochs(), batchesPerEpoch, metric.higherIsBetter());
            // DJL counts optimizer updates from 1; the schedule counts steps taken so far from 0
            Tracker rate = update -> (float) schedule.rateAt(update - 1);
            ParameterStore parameters = new ParameterStore(trainingManager, false);
            parameters.setParameterServer(new LocalParameterServer(config.optimizer().create(rate,
                    config.weightDecay())), new Device[] {trainingManager.getDevice()});

            SplittableRandom random = new SplittableRandom(config.seed());
            int[] order = new int[training.size()];
            Arrays.setAll(order, i -> i);
            EpochSelector selector = new EpochSelector(metric.higherIsBetter(), config.earlyStoppingPatience());
            List<EpochRecord> history = new ArrayList<>();
            byte[] bestParameters = null;
            boolean stoppedEarly = false;
            for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                long start = System.nanoTime();
                shuffle(order, random);
                double trainLoss = trainEpoch(engine, parameters, trainingManager, order, epoch, batchesPerEpoch);
                double validationMetric = validate(trainingManager, validation, validationLabels, epoch);
                if (selector.record(validationMetric) && epoch < config.epochs()) {
                    bestParameters = ParameterSnapshot.capture(block);
                }
                double lastRate = schedule.rateAt(Math.max(0, steps - 1));
                schedule.epochEnded(validationMetric);
                EpochRecord record = new EpochRecord(epoch, trainLoss, validationMetric, lastRate,
                        (System.nanoTime() - start) / 1e9);
                history.add(record);
                listener.epochEnded(record);
                if (selector.shouldStop() && epoch < config.epochs()) {
                    stoppedEarly = true;
                    break;
                }
            }
            int lastEpoch = history.size();
            int bestEpoch = selector.bestEpoch() == 0 ? lastEpoch : selector.bestEpoch();
            if (bestEpoch != lastEpoch) {
                try {
                    ParameterSnapshot.restore(block, bestParameters, manager);
                } catch (MalformedModelException e) {
                    throw new IllegalStateException("the best epoch's parameters could not be restored", e);
                }
            }
            return new TrainingResult(history, bestEpoch, selector.bestMetric(), metric.name(), stoppedEarly, scaler);
        }

        private double trainEpoch(Engine engine, ParameterStore parameters, NDManager trainingManager, int[] order,
                int epoch, int batchesPerEpoch) {
            double lossSum = 0;
            long labelCount = 0;
            for (int batch = 0; batch < batchesPerEpoch; batch++) {
                checkCancelled("in epoch " + epoch + " before batch " + (batch + 1) + " of " + batchesPerEpoch);
                int from = batch * config.batchSize();
                int[] rows = Arrays.copyOfRange(order, from, Math.min(order.length, from + config.batchSize()));
                float[][] labels = new float[rows.length][];
                List<E> examples = new ArrayList<>(rows.length);
                for (int i = 0; i < rows.length; i++) {
                    labels[i] = scaledLabels[rows[i]];
                    examples.add(training.get(rows[i]));
                }
                int present = LabelMatrix.presentCount(labels);
                if (present == 0) {
                    continue; // nothing to learn from, and a zero-gradient step would still move Adam's moments
                }
                float batchLoss = forwardBackward(engine, parameters, trainingManager, examples, labels);
                if (!Float.isFinite(batchLoss)) {
                    throw new IllegalStateException("training diverged: the loss is " + batchLoss + " in epoch "
                            + epoch + ", batch " + (batch + 1) + "; lower learningRate.maxLr or set gradientClipNorm");
                }
                parameters.updateAllParameters(); // outside the scope: Adam's lazily created state must survive
                steps++;
                lossSum += (double) batchLoss * present;
                labelCount += present;
            }
            return labelCount == 0 ? Double.NaN : lossSum / labelCount;
        }

        private float forwardBackward(Engine engine, ParameterStore parameters, NDManager trainingManager,
                List<E> examples, float[][] labels) {
            try (NDManager batchManager = trainingManager.newSubManager(); NDScope scope = new NDScope()) {
                NDList inputs = source.inputs(examples, batchManager);
                float value;
                try (GradientCollector collector = engine.newGradientCollector()) {
                    NDArray outputs = block.forward(parameters, inputs, true).head();
                    NDArray batchLoss = loss.evaluate(outputs, labels);
                    collector.backward(batchLoss);
                    value = batchLoss.getFloat();
                }
                if (config.gradientClipNorm() > 0) {
                    GradientClipping.clip(trainable, config.gradientClipNorm());
                }
                return value;
            }
        }

        private double validate(NDManager trainingManager, List<E> validation, float[][] validationLabels,
                int epoch) {
            if (validation.isEmpty()) {
                return Double.NaN;
            }
            float[][] predictions;
            try {
                predictions = predictor.predict(trainingManager, source, validation, config.batchSize(), cancelled);
            } catch (CancellationException e) {
                throw new CancellationException("training cancelled while validating epoch " + epoch);
            }
            List<String> names = new ArrayList<>(tasks.size());
            for (int task = 0; task < tasks.size(); task++) {
                names.add("task " + task);
            }
            return MultiTaskMetrics.evaluate(metric, names, toDouble(validationLabels), toDouble(predictions))
                    .macroAverage().value();
        }
    }

    private static double[][] toDouble(float[][] matrix) {
        double[][] result = new double[matrix.length][];
        for (int row = 0; row < matrix.length; row++) {
            result[row] = new double[matrix[row].length];
            for (int column = 0; column < matrix[row].length; column++) {
                result[row][column] = matrix[row][column];
            }
        }
        return result;
    }

    private static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
