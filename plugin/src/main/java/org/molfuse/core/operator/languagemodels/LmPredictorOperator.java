package org.molfuse.core.operator.languagemodels;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import org.molfuse.core.data.Table;
import org.molfuse.core.lm.SmilesLmPredictor;
import org.molfuse.core.operator.OperatorCategory;
import org.molfuse.core.operator.learners.PredictorOperator;
import org.molfuse.core.ops.LmPredictOperation;
import org.molfuse.core.train.ModelBundle;

/**
 * Predicts with a model from the LM Learner, reading each molecule's canonical SMILES with the tokenizer the model
 * carries; the embedding is the fine-tuned encoder's pooled vector.
 */
public final class LmPredictorOperator extends PredictorOperator {

    @Override
    public String name() {
        return "LM Predictor";
    }

    @Override
    public OperatorCategory category() {
        return OperatorCategory.LANGUAGE_MODELS;
    }

    @Override
    public String summary() {
        return "Predicts molecular properties with a SMILES language model fine-tuned by the LM Learner.";
    }

    @Override
    protected String modelType() {
        return LmLearnerOperator.MODEL_TYPE;
    }

    @Override
    protected String learnerName() {
        return "LM Learner";
    }

    @Override
    protected String embeddingColumn() {
        return LmPredictOperation.EMBEDDING;
    }

    @Override
    protected String embeddingDescription() {
        return "the fine-tuned encoder's pooled molecule vector (what the prediction head reads)";
    }

    @Override
    protected int defaultBatchSize() {
        return 64;
    }

    @Override
    protected Table predict(byte[] bundle, Table table, String smilesColumn, int batchSize, boolean withEmbedding,
            BooleanSupplier cancelled, NDManager manager) throws IOException {
        ModelBundle model = ModelBundle.fromBytes(bundle, "at the model input",
                SmilesLmPredictor.Architecture.factory(), manager);
        return LmPredictOperation.execute(table, smilesColumn, model, manager, batchSize, withEmbedding, cancelled);
    }
}
