package org.molfuse.core.lm;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.LocalParameterServer;
import ai.djl.training.ParameterStore;
import ai.djl.training.tracker.Tracker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import org.molfuse.core.nn.TorchRuntime;
import org.molfuse.core.train.GradientClipping;
import org.molfuse.core.train.NoamSchedule;
import org.molfuse.core.train.OptimizerKind;

/**
 * Masked-language-model pretraining of a {@link SmilesMaskedLm} on unlabeled SMILES, as RoBERTa pretrains (seeds
 * 000 and 003): {@link MlmMasking} of 15% of the tokens, cross-entropy on the chosen positions, gradients clipped
 * to global norm 1, AdamW with a linear warm-up then exponential decay to a tenth of the peak rate. Each step runs in its own {@code NDScope}; the
 * optimizer update runs outside it. Batches are padded to their longest sequence. Validation uses one fixed masking
 * of the validation SMILES, so its loss and accuracy compare across steps, from the untrained model's (step 0) on.
 * The same seed gives the same model.
 */
public final class MlmPretrainer {

    /** Global gradient norm each step is clipped to. */
    static final double MAX_GRADIENT_NORM = 1.0;
    /** Batches with a loss or gradient that is not finite are dropped; this many in a row end the run. */
    static final int MAX_SKIPPED_STEPS_IN_A_ROW = 5;

    /**
     * How to pretrain.
     *
     * @param architecture     the encoder shape for a vocabulary of the given size
     * @param maxLength        longest token sequence, [CLS] and [SEP] included; longer SMILES are cut
     * @param minTokenCount    corpus tokens seen fewer times become [UNK]
     * @param batchSize        sequences per step
     * @param steps            optimizer steps in all (a resumed run continues up to this count)
     * @param peakLearningRate learning rate after warm-up
     * @param warmupSteps      steps of linear warm-up
     * @param weightDecay      AdamW's decoupled weight decay
     * @param maskProbability  share of tokens to predict
     * @param validateEvery    steps between validations (and the last step)
     * @param seed             weights, batch order and masking
     */
    public record Settings(IntFunction<TransformerConfig> architecture, int maxLength, int minTokenCount,
            int batchSize, int steps, double peakLearningRate, int warmupSteps, double weightDecay,
            double maskProbability, int validateEvery, int seed) {
        public Settings {
            Objects.requireNonNull(architecture, "architecture");
            if (maxLength < 3 || batchSize < 1 || steps < 1 || warmupSteps < 0 || warmupSteps >= steps
                    || validateEvery < 1 || minTokenCount < 1) {
                throw new IllegalArgumentException("pretraining settings out of range: maxLength " + maxLength
                        + ", batchSize " + batchSize + ", steps " + steps + ", warmupSteps " + warmupSteps
                        + ", validateEvery " + validateEvery + ", minTokenCount " + minTokenCount);
            }
            if (!(peakLearningRate > 0) || !(weightDecay >= 0)) {
                throw new IllegalArgumentException("the learning rate must be positive and the weight decay not "
                        + "negative");
            }
        }
    }

    /** One validation: the step, mean training loss since the last one, validation loss and accuracy. */
    public record Progress(int step, double trainLoss, double validationLoss, double validationAccuracy,
            double tokensPerSecond) {
    }

    /** Told of each validation. */
    @FunctionalInterface
    public interface Listener {
        void validated(Progress progress);

        /**
         * The model as it is after each validation past step 0, to write as a checkpoint; it is the live model, so
         * save it before returning.
         */
        default void checkpoint(PretrainedLm current) throws IOException {
        }
    }

    /**
     * The pretrained model and how it went: real (unpadded) tokens per second of training steps, model FLOPs per
     * second ({@link TransformerConfig#mlmTrainingStepFlops} of each padded batch), and {@code skipped}, the corpus
     * SMILES that could not be tokenized.
     */
    public record Result(PretrainedLm model, List<Progress> history, double tokensPerSecond,
            double modelFlopsPerSecond, int skipped) {
        public Progress last() {
            return history.get(history.size() - 1);
        }
    }

    /** A corpus split into the SMILES to train on and those held out for validation. */
    public record HeldOut(List<String> training, List<String> validation) {
    }

    /**
     * Shuffles {@code smiles} with {@code seed} and holds out a tenth of them, at most {@code maxValidation} and at
     * least one; the same seed holds out the same SMILES, also when a run is resumed.
     *
     * @throws IllegalArgumentException with fewer than two SMILES
     */
    public static HeldOut holdOut(List<String> smiles, int maxValidation, long seed) {
        if (smiles.size() < 2) {
            throw new IllegalArgumentException("pretraining needs at least two SMILES (one to train on, one to "
                    + "validate with); got " + smiles.size());
        }
        List<String> shuffled = new ArrayList<>(smiles);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        int held = Math.max(1, Math.min(maxValidation, shuffled.size() / 10));
        return new HeldOut(shuffled.subList(held, shuffled.size()), shuffled.subList(0, held));
    }

    private final Settings settings;

    public MlmPretrainer(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Pretrains a new model, its vocabulary built from {@code corpus}.
     *
     * @throws IllegalArgumentException when the corpus holds no SMILES that can be tokenized
     */
    public Result pretrain(List<String> corpus, List<String> validation, NDManager manager, Listener listener,
            BooleanSupplier cancelled) {
        Corpus training = Corpus.of(corpus);
        if (training.smiles().isEmpty()) {
            throw new IllegalArgumentException("the corpus holds no SMILES that can be tokenized");
        }
        SmilesVocabulary vocabulary = SmilesVocabulary.build(training.smiles(), settings.minTokenCount());
        TransformerConfig config = settings.architecture().apply(vocabulary.size());
        if (config.maxSequenceLength() < settings.maxLength()) {
            throw new IllegalArgumentException("the architecture holds " + config.maxSequenceLength()
                    + " positions, fewer than maxLength " + settings.maxLength());
        }
        // one thread from the first random draw on: the initial weights too depend on the thread count
        TorchRuntime.useThreads(1);
        TorchRuntime.engine().setRandomSeed(settings.seed());
        SmilesMaskedLm block = new SmilesMaskedLm(config);
        block.initialize(manager, DataType.FLOAT32, new Shape(1, settings.maxLength()),
                new Shape(1, settings.maxLength()));
        PretrainedLm model = new PretrainedLm(block, vocabulary, settings.maxLength(), 0, List.of());
        return train(model, training, Corpus.of(validation).smiles(), manager, listener, cancelled);
    }

    /** Continues pretraining {@code model} from its step count up to {@code settings.steps()}. */
    public Result resume(PretrainedLm model, List<String> corpus, List<String> validation, NDManager manager,
            Listener listener, BooleanSupplier cancelled) {
        if (model.steps() >= settings.steps()) {
            throw new IllegalArgumentException("the checkpoint has already taken " + model.steps()
                    + " steps; ask for more than that");
        }
        for (Parameter parameter : model.block().getParameters().values()) {
            parameter.getArray().setRequiresGradient(true);
        }
        return train(model, Corpus.of(corpus), Corpus.of(validation).smiles(), manager, listener, cancelled);
    }

    private Result train(PretrainedLm model, Corpus training, List<String> validation, NDManager manager,
            Listener listener, BooleanSupplier cancelled) {
        SmilesVocabulary vocabulary = model.vocabulary();
        int[][] encoded = encodeAll(vocabulary, training.smiles());
        int[][] validationIds = encodeAll(vocabulary, validation);
        MlmMasking masking = new MlmMasking(settings.maskProbability(), vocabulary.size());
        MlmMasking.Masked validationMasks = masking.mask(validationIds, new SplittableRandom(settings.seed() + 1L));

        NoamSchedule schedule = new NoamSchedule(settings.peakLearningRate() / 10, settings.peakLearningRate(),
                settings.peakLearningRate() / 10, settings.warmupSteps(), settings.steps());
        // DJL counts optimizer updates from 1; the schedule counts steps taken from 0, continuing a resumed run
        int startStep = model.steps();
        Tracker rate = update -> (float) schedule.rateAt(startStep + update - 1);
        ParameterStore parameters = new ParameterStore(manager, false);
        parameters.setParameterServer(new LocalParameterServer(OptimizerKind.ADAMW.create(rate,
                settings.weightDecay())), new Device[] {manager.getDevice()});
        Engine engine = TorchRuntime.engine();
        // one thread: the same seed then gives the same model bit for bit, as graph-model training does
        TorchRuntime.useThreads(1);

        List<Parameter> trainable = new ArrayList<>();
        for (Parameter parameter : model.block().getParameters().values()) {
            if (parameter.requiresGradient()) {
                trainable.add(parameter);
            }
        }
        SplittableRandom random = new SplittableRandom(settings.seed() + 31L * startStep);
        List<Progress> history = new ArrayList<>(model.history());
        double lossSum = 0;
        int lossSteps = 0;
        long tokens = 0;
        double flops = 0;
        long nanos = 0;
        int step = startStep;
        int skippedInARow = 0;
        if (step == 0) {
            // the untrained model's scores: the baseline every later validation is read against
            double[] scores = validate(model.block(), validationMasks, manager);
            Progress untrained = new Progress(0, Double.NaN, scores[0], scores[1], Double.NaN);
            history.add(untrained);
            listener.validated(untrained);
        }
        while (step < settings.steps()) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("pretraining cancelled at step " + step);
            }
            int[][] batch = new int[Math.min(settings.batchSize(), encoded.length)][];
            for (int row = 0; row < batch.length; row++) {
                batch[row] = encoded[random.nextInt(encoded.length)];
            }
            MlmMasking.Masked masked = masking.mask(batch, random);
            long start = System.nanoTime();
            float loss;
            boolean dropped;
            try (NDManager stepManager = manager.newSubManager(); NDScope scope = new NDScope()) {
                try (GradientCollector collector = engine.newGradientCollector()) {
                    NDArray logits = model.block().forward(parameters, inputs(masked.inputs(), stepManager), true)
                            .head();
                    NDArray batchLoss = loss(logits, masked.labels(), stepManager).head();
                    collector.backward(batchLoss);
                    loss = batchLoss.getFloat();
                }
                // as BERT and RoBERTa: without it, post-LayerNorm transformers diverge now and then
                double gradientNorm = GradientClipping.clip(trainable, MAX_GRADIENT_NORM);
                dropped = !Float.isFinite(loss) || !Double.isFinite(gradientNorm);
                if (dropped) {
                    // the batch is dropped, as mixed-precision trainers drop an overflowing step: no update, and
                    // gradients cleared by assignment (multiplying NaN by zero would keep it)
                    for (Parameter parameter : trainable) {
                        // ":" selects every row; PyTorch refuses an empty index
                        parameter.getArray().getGradient().set(new NDIndex(":"), 0f);
                    }
                }
            }
            if (dropped) {
                skippedInARow++;
                if (skippedInARow > MAX_SKIPPED_STEPS_IN_A_ROW) {
                    // the model (and its last checkpoint) never took a step of NaN
                    throw new IllegalStateException("pretraining diverged: the loss or its gradient is not finite "
                            + "in " + skippedInARow + " batches in a row up to step " + (step + 1)
                            + "; lower the learning rate or resume from the last checkpoint");
                }
                continue;
            }
            skippedInARow = 0;
            parameters.updateAllParameters(); // outside the scope: AdamW's lazily created state must survive
            nanos += System.nanoTime() - start;
            tokens += realTokens(batch);
            flops += model.config().mlmTrainingStepFlops(batch.length, longest(batch));
            step++;
            lossSum += loss;
            lossSteps++;
            if (step % settings.validateEvery() == 0 || step == settings.steps()) {
                double[] scores = validate(model.block(), validationMasks, manager);
                Progress progress = new Progress(step, lossSum / lossSteps, scores[0], scores[1], tokens / (nanos / 1e9));
                history.add(progress);
                listener.validated(progress);
                try {
                    listener.checkpoint(new PretrainedLm(model.block(), vocabulary, model.maxLength(), step, history));
                } catch (IOException e) {
                    throw new UncheckedIOException("the checkpoint at step " + step + " could not be written", e);
                }
                lossSum = 0;
                lossSteps = 0;
            }
        }
        for (Parameter parameter : model.block().getParameters().values()) {
            parameter.getArray().setRequiresGradient(false);
        }
        PretrainedLm trained = new PretrainedLm(model.block(), vocabulary, model.maxLength(), step, history);
        return new Result(trained, history, tokens / (nanos / 1e9), flops / (nanos / 1e9), training.skipped());
    }

    /**
     * Mean cross-entropy over the positions to predict, and (second entry) how many of them the model's most likely
     * token gets right. Label rows may be shorter than the padded logits.
     */
    static NDList loss(NDArray logits, int[][] labels, NDManager manager) {
        long vocabulary = logits.getShape().get(2);
        long length = logits.getShape().get(1);
        List<Long> positions = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        for (int row = 0; row < labels.length; row++) {
            for (int position = 0; position < labels[row].length; position++) {
                if (labels[row][position] != MlmMasking.IGNORED) {
                    positions.add(row * length + position);
                    targets.add(labels[row][position]);
                }
            }
        }
        float[] oneHot = new float[targets.size() * (int) vocabulary];
        for (int i = 0; i < targets.size(); i++) {
            oneHot[i * (int) vocabulary + targets.get(i)] = 1f;
        }
        NDArray rows = logits.reshape(-1, vocabulary)
                .get(manager.create(positions.stream().mapToLong(Long::longValue).toArray()));
        NDArray chosen = manager.create(oneHot, new Shape(targets.size(), vocabulary));
        // the count as a tensor, not a Java number: the backward pass reads the divisor again (TorchRuntime.scalar)
        NDArray loss = rows.logSoftmax(1).mul(chosen).sum().neg().div(TorchRuntime.scalar(manager, targets.size()));
        NDArray correct = rows.argMax(1).eq(manager.create(targets.stream().mapToLong(Integer::longValue).toArray()))
                .sum();
        return new NDList(loss, correct);
    }

    private double[] validate(SmilesMaskedLm block, MlmMasking.Masked masks, NDManager manager) {
        if (masks.inputs().length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        ParameterStore store = new ParameterStore(manager, false);
        double lossSum = 0;
        long correct = 0;
        long predicted = 0;
        for (int from = 0; from < masks.inputs().length; from += settings.batchSize()) {
            int to = Math.min(masks.inputs().length, from + settings.batchSize());
            int[][] inputs = Arrays.copyOfRange(masks.inputs(), from, to);
            int[][] labels = Arrays.copyOfRange(masks.labels(), from, to);
            int count = new MlmMasking.Masked(inputs, labels).predictedCount();
            try (NDManager batchManager = manager.newSubManager(); NDScope scope = new NDScope()) {
                NDArray logits = block.forward(store, inputs(inputs, batchManager), false).head();
                NDList scores = loss(logits, labels, batchManager);
                lossSum += scores.get(0).getFloat() * count;
                correct += scores.get(1).toType(DataType.INT64, false).getLong();
            }
            predicted += count;
        }
        return new double[] {lossSum / predicted, (double) correct / predicted};
    }

    /** The ids [B, T] and attention mask [B, T] of a batch, padded to its longest sequence. */
    public static NDList inputs(int[][] ids, NDManager manager) {
        int length = 0;
        for (int[] row : ids) {
            length = Math.max(length, row.length);
        }
        long[] flat = new long[ids.length * length];
        long[] mask = new long[ids.length * length];
        for (int row = 0; row < ids.length; row++) {
            for (int position = 0; position < ids[row].length; position++) {
                flat[row * length + position] = ids[row][position];
                // from the row's length, not its ids: another tokenizer's padding id may be a real token here
                mask[row * length + position] = 1;
            }
        }
        Shape shape = new Shape(ids.length, length);
        return new NDList(manager.create(flat, shape), manager.create(mask, shape));
    }

    private int[][] encodeAll(SmilesVocabulary vocabulary, List<String> smiles) {
        int[][] encoded = new int[smiles.size()][];
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = vocabulary.encodeAtMost(smiles.get(i), settings.maxLength());
        }
        return encoded;
    }


    private static int longest(int[][] batch) {
        int longest = 0;
        for (int[] row : batch) {
            longest = Math.max(longest, row.length);
        }
        return longest;
    }

    private static long realTokens(int[][] batch) {
        long count = 0;
        for (int[] row : batch) {
            count += row.length;
        }
        return count;
    }

    /** The SMILES of a corpus that the tokenizer accepts, and how many it refused. */
    private record Corpus(List<String> smiles, int skipped) {
        static Corpus of(List<String> raw) {
            SmilesTokenizer tokenizer = new SmilesTokenizer();
            List<String> kept = new ArrayList<>(raw.size());
            int skipped = 0;
            for (String smiles : raw) {
                String text = smiles == null ? "" : smiles.strip();
                try {
                    if (!text.isEmpty()) {
                        tokenizer.tokenize(text);
                        kept.add(text);
                        continue;
                    }
                } catch (IllegalArgumentException untokenizable) {
                    // counted below: one bad line must not stop a corpus of millions
                }
                skipped++;
            }
            return new Corpus(kept, skipped);
        }
    }
}
