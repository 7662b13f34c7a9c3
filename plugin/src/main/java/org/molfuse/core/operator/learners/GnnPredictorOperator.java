package org.molfuse.core.operator.learners;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import org.molfuse.core.data.Table;
import org.molfuse.core.operator.OperatorCategory;
import org.molfuse.core.ops.GnnArchitecture;
import org.molfuse.core.ops.GnnPredictOperation;
import org.molfuse.core.train.ModelBundle;

/** Predicts with a model from the GNN Learner; the embedding is the readout vector the prediction head sees. */
public final class GnnPredictorOperator extends PredictorOperator {

    @Override
    public String name() {
        return "GNN Predictor";
    }

    @Override
    public OperatorCategory category() {
        return OperatorCategory.LEARNERS;
    }

    @Override
    public String summary() {
        return "Predicts molecular properties with a graph neural network trained by the GNN Learner.";
    }

    @Override
    protected String modelType() {
        return GnnLearnerOperator.MODEL_TYPE;
    }

    @Override
    protected String learnerName() {
        return "GNN Learner";
    }

    @Override
    protected String embeddingColumn() {
        return GnnPredictOperation.EMBEDDING;
    }

    @Override
    protected String embeddingDescription() {
        return "the learned molecule vector (the readout the prediction head sees)";
    }

    @Override
    protected int defaultBatchSize() {
        return 256;
    }

    @Override
    protected Table predict(byte[] bundle, Table table, String smilesColumn, int batchSize, boolean withEmbedding,
            BooleanSupplier cancelled, NDManager manager) throws IOException {
        ModelBundle model = ModelBundle.fromBytes(bundle, "at the model input", GnnArchitecture.factory(), manager);
        return GnnPredictOperation.execute(table, smilesColumn, model, manager, batchSize, withEmbedding, cancelled);
    }
}
