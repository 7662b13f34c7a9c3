package org.molfuse.core.operator.languagemodels;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.molfuse.core.chem.MoleculeStandardizer;
import org.molfuse.core.chem.StandardizedMolecule;
import org.molfuse.core.chem.StandardizerOptions;
import org.molfuse.core.data.ColumnType;
import org.molfuse.core.data.DoubleColumn;
import org.molfuse.core.data.IntColumn;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;
import org.molfuse.core.lm.MlmPretrainer;
import org.molfuse.core.lm.TransformerConfig;
import org.molfuse.core.nn.TorchRuntime;
import org.molfuse.core.operator.ColumnSpec;
import org.molfuse.core.operator.CommonParameters;
import org.molfuse.core.operator.ExecutionControl;
import org.molfuse.core.operator.InvalidParameterException;
import org.molfuse.core.operator.ModelSpec;
import org.molfuse.core.operator.Operator;
import org.molfuse.core.operator.OperatorCategory;
import org.molfuse.core.operator.Operators;
import org.molfuse.core.operator.Parameter;
import org.molfuse.core.operator.ParameterValues;
import org.molfuse.core.operator.PortDefinition;
import org.molfuse.core.operator.PortSpec;
import org.molfuse.core.operator.PortValue;
import org.molfuse.core.operator.TableSpec;

/**
 * Pretrains a RoBERTa-style SMILES language model by masked-token prediction on a column of unlabeled molecules
 * (seeds 000 and 003): the vocabulary comes from the corpus, a tenth of it (at most 2,000 molecules) is held out to
 * report validation loss and accuracy. Molecules are read as their standardized canonical SMILES, as the LM Learner
 * and LM Encoder read them; invalid ones are left out and counted.
 */
public final class SmilesLmPretrainerOperator implements Operator {

    /** The model family written into the model port, checked by the LM nodes that take a pretrained model. */
    public static final String MODEL_TYPE = "smiles-mlm";

    static final String PRESET = "preset";
    static final String MAX_LENGTH = "max_length";
    static final String STEPS = "steps";
    static final String BATCH_SIZE = "batch_size";
    static final String LEARNING_RATE = "learning_rate";
    static final String WARMUP_STEPS = "warmup_steps";
    static final String VALIDATE_EVERY = "validate_every";

    /** Most molecules held out for validation. */
    private static final int MAX_VALIDATION = 2000;

    @Override
    public String name() {
        return "SMILES LM Pretrainer";
    }

    @Override
    public OperatorCategory category() {
        return OperatorCategory.LANGUAGE_MODELS;
    }

    @Override
    public String summary() {
        return "Pretrains a SMILES language model on unlabeled molecules by masked-token prediction.";
    }

    @Override
    public List<PortDefinition> inputs() {
        return List.of(PortDefinition.table("Corpus", "Unlabeled molecules as SMILES."));
    }

    @Override
    public List<PortDefinition> outputs() {
        return List.of(PortDefinition.model("Language model",
                        "The pretrained model with its vocabulary, for the LM Learner and LM Encoder."),
                PortDefinition.table("Pretraining history", "One row per validation: step, mean training loss "
                        + "since the previous one, validation loss and accuracy of the masked tokens, tokens per "
                        + "second."));
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(CommonParameters.smilesColumn(0),
                new Parameter.Choice(PRESET, "Model size",
                        "small: hidden 256, 4 layers, 4 heads (3 M weights, as the shipped model); medium: hidden "
                                + "384, 6 layers, 6 heads; large: hidden 768, 12 layers, 12 heads (RoBERTa-base).",
                        "small", List.of("small", "medium", "large")),
                new Parameter.Int(MAX_LENGTH, "Maximum tokens",
                        "Longest token sequence, [CLS] and [SEP] included; longer SMILES are cut.", 128, 8, 512),
                new Parameter.Int(STEPS, "Steps", "Optimizer steps in all.", 2000, 1, 10_000_000),
                new Parameter.Int(BATCH_SIZE, "Batch size", "Molecules per step.", 32, 1, 4096),
                new Parameter.Real(LEARNING_RATE, "Learning rate",
                        "Peak learning rate of AdamW after the warm-up; it then decays to a tenth.", 5e-4, 1e-7, 1),
                new Parameter.Int(WARMUP_STEPS, "Warm-up steps",
                        "Steps of linear warm-up; must be fewer than the steps.", 200, 0, 10_000_000),
                new Parameter.Int(VALIDATE_EVERY, "Validate every",
                        "Steps between validations (the last step is always validated).", 500, 1, 10_000_000),
                CommonParameters.seed("the held-out molecules, weights, batches and masks"));
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inputs, ParameterValues values) {
        if (values.integer(WARMUP_STEPS) >= values.integer(STEPS)) {
            throw new InvalidParameterException(values.parameter(WARMUP_STEPS), "must be fewer than the "
                    + values.integer(STEPS) + " steps");
        }
        TableSpec corpus = Operators.tableSpecAt(inputs, 0);
        int hidden = TransformerConfig.preset(values.string(PRESET), 8, values.integer(MAX_LENGTH)).hiddenSize();
        return Arrays.asList(corpus == null ? null : new ModelSpec(MODEL_TYPE, List.of(), List.of(), hidden),
                historySpec());
    }

    @Override
    public List<PortValue> execute(List<PortValue> inputs, ParameterValues values, ExecutionControl control) {
        configure(List.of(inputs.get(0).spec()), values);
        StringColumn column = Operators.tableAt(inputs, 0).stringColumn(values.string(CommonParameters.SMILES_COLUMN));
        MoleculeStandardizer standardizer = new MoleculeStandardizer(StandardizerOptions.defaults());
        List<String> corpus = new ArrayList<>();
        for (int row = 0; row < column.size(); row++) {
            StandardizedMolecule molecule = standardizer.standardize(column.isMissing(row) ? null
                    : column.getString(row));
            if (molecule.isValid()) {
                corpus.add(molecule.canonicalSmiles());
            }
            if (row % 1000 == 999) {
                control.checkCancelled();
                control.progress(0.05 * row / column.size(), "standardizing molecule " + (row + 1));
            }
        }
        if (corpus.size() < column.size()) {
            control.warning((column.size() - corpus.size()) + " of " + column.size() + " molecules are invalid or "
                    + "missing and were left out");
        }
        if (corpus.size() < 2) {
            throw new IllegalArgumentException("the corpus needs at least two valid molecules; it has "
                    + corpus.size());
        }
        MlmPretrainer.HeldOut heldOut = MlmPretrainer.holdOut(corpus, MAX_VALIDATION,
                values.integer(CommonParameters.SEED));
        String preset = values.string(PRESET);
        int maxLength = values.integer(MAX_LENGTH);
        int steps = values.integer(STEPS);
        MlmPretrainer.Settings settings = new MlmPretrainer.Settings(
                vocabulary -> TransformerConfig.preset(preset, vocabulary, maxLength), maxLength, 1,
                values.integer(BATCH_SIZE), steps, values.real(LEARNING_RATE), values.integer(WARMUP_STEPS), 0.01,
                0.15, values.integer(VALIDATE_EVERY), values.integer(CommonParameters.SEED));
        List<MlmPretrainer.Progress> history = new ArrayList<>();
        Pretrained pretrained = TorchRuntime.withBundleClassLoader(() -> {
            try (NDManager manager = TorchRuntime.newManager()) {
                MlmPretrainer.Result result = new MlmPretrainer(settings).pretrain(heldOut.training(),
                        heldOut.validation(), manager, progress -> {
                            history.add(progress);
                            control.progress(0.05 + 0.95 * progress.step() / steps, String.format(Locale.ROOT,
                                    "step %d of %d, validation loss %.4f, accuracy %.4f", progress.step(), steps,
                                    progress.validationLoss(), progress.validationAccuracy()));
                        }, control.cancellation());
                if (result.skipped() > 0) {
                    control.warning(result.skipped() + " molecules could not be split into tokens and were left out");
                }
                // the weights live in the manager: serialize before it closes
                return new Pretrained(result.model().config().hiddenSize(), result.model().toBytes());
            } catch (IOException e) {
                throw new IllegalStateException("cannot serialize the pretrained model: " + e.getMessage(), e);
            }
        });
        ModelSpec spec = new ModelSpec(MODEL_TYPE, List.of(), List.of(), pretrained.hiddenSize());
        return List.of(new PortValue.ModelValue(spec, pretrained.bundle()), PortValue.of(historyTable(history)));
    }

    private record Pretrained(int hiddenSize, byte[] bundle) {
    }

    private static TableSpec historySpec() {
        return new TableSpec(List.of(new ColumnSpec("step", ColumnType.INT),
                new ColumnSpec("train_loss", ColumnType.DOUBLE), new ColumnSpec("validation_loss", ColumnType.DOUBLE),
                new ColumnSpec("validation_accuracy", ColumnType.DOUBLE),
                new ColumnSpec("tokens_per_second", ColumnType.DOUBLE)));
    }

    private static Table historyTable(List<MlmPretrainer.Progress> history) {
        IntColumn.Builder steps = IntColumn.builder("step");
        DoubleColumn.Builder losses = DoubleColumn.builder("train_loss");
        DoubleColumn.Builder validationLosses = DoubleColumn.builder("validation_loss");
        DoubleColumn.Builder accuracies = DoubleColumn.builder("validation_accuracy");
        DoubleColumn.Builder speeds = DoubleColumn.builder("tokens_per_second");
        for (MlmPretrainer.Progress progress : history) {
            steps.add(progress.step());
            // the untrained model's row (step 0) has not trained yet
            addOrMissing(losses, progress.trainLoss());
            validationLosses.add(progress.validationLoss());
            accuracies.add(progress.validationAccuracy());
            addOrMissing(speeds, progress.tokensPerSecond());
        }
        return Table.of(steps.build(), losses.build(), validationLosses.build(), accuracies.build(), speeds.build());
    }

    private static void addOrMissing(DoubleColumn.Builder column, double value) {
        if (Double.isNaN(value)) {
            column.addMissing("no training before the first validation");
        } else {
            column.add(value);
        }
    }
}
