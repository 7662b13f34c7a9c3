package org.molfuse.core.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.molfuse.core.nn.TorchRuntime;

/** The shipped molfuse-smiles-small is what its record (molfuse-smiles-small.md) says it is. */
class ShippedModelTest {

    @Test
    void theShippedModelLoadsWithTheShapeStepsAndAccuracyOfItsRecord() throws IOException {
        try (NDManager manager = TorchRuntime.newManager()) {
            PretrainedLm model = PretrainedLm.loadDefault(manager);
            TransformerConfig config = model.config();
            assertEquals(List.of(256, 4, 4, 1024), List.of(config.hiddenSize(), config.layers(), config.heads(),
                    config.intermediateSize()), "the small preset");
            assertEquals(128, model.maxLength());
            assertEquals(9000, model.steps());
            MlmPretrainer.Progress last = model.history().get(model.history().size() - 1);
            assertEquals(0.8896, last.validationAccuracy(), 5e-5);
            assertEquals(0.050, model.history().get(0).validationAccuracy(), 5e-4, "the untrained model's");
            assertEquals(config.vocabSize(), model.vocabulary().size());
            assertEquals(29, model.vocabulary().size(), "the 5 special and 24 MOSES tokens of the record");
            int[] ids = model.vocabulary().encode("CC(=O)Oc1ccccc1C(=O)O");
            for (int id : ids) {
                assertTrue(id != SmilesVocabulary.UNK_ID, "every aspirin token is in the vocabulary");
            }
            float[][] vectors = model.embed(List.of("CC(=O)Oc1ccccc1C(=O)O", "CCO"),
                    SmilesLmPredictor.Pooling.CLS, 8, manager, () -> false);
            assertEquals(256, vectors[0].length);
        }
    }
}
