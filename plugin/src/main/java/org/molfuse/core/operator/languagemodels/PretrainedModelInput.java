package org.molfuse.core.operator.languagemodels;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.molfuse.core.lm.PretrainedEncoder;
import org.molfuse.core.lm.PretrainedLm;
import org.molfuse.core.operator.InvalidParameterException;
import org.molfuse.core.operator.ModelSpec;
import org.molfuse.core.operator.Parameter;
import org.molfuse.core.operator.ParameterValues;
import org.molfuse.core.operator.PortDefinition;
import org.molfuse.core.operator.PortValue;

/**
 * Where the LM nodes take their pretrained language model from: the optional model input (a SMILES LM Pretrainer's
 * output), else the model file setting, else the shipped {@value PretrainedLm#DEFAULT_NAME}.
 */
final class PretrainedModelInput {

    static final String MODEL_FILE = "model_file";

    private PretrainedModelInput() {
    }

    static PortDefinition port() {
        return PortDefinition.optionalModel("Pretrained language model", "Optional: a model from the SMILES LM "
                + "Pretrainer. Without it, the model file setting or the shipped " + PretrainedLm.DEFAULT_NAME
                + " is used.");
    }

    static Parameter.FilePath fileParameter() {
        return new Parameter.FilePath(MODEL_FILE, "Language model file",
                "A model file written by molfuse pretrain-lm, or the config.json of a HuggingFace RoBERTa "
                        + "checkpoint folder (config.json, model.safetensors, tokenizer.json, as save_pretrained "
                        + "writes them); used when the model input is not connected; empty uses the shipped "
                        + PretrainedLm.DEFAULT_NAME + ".", List.of("mfb", "json"));
    }

    /** Checks the connected model, if any: a pretrained language model, and no model file set besides it. */
    static void check(ModelSpec connected, ParameterValues values, int port) {
        if (connected == null) {
            return;
        }
        if (!SmilesLmPretrainerOperator.MODEL_TYPE.equals(connected.modelType())) {
            throw new InvalidParameterException("the model at input " + (port + 1) + " is a '"
                    + connected.modelType() + "' model; connect a model from the SMILES LM Pretrainer");
        }
        if (!values.string(MODEL_FILE).isEmpty()) {
            throw new InvalidParameterException(values.parameter(MODEL_FILE), "a model is connected to input "
                    + (port + 1) + "; clear the model file setting or disconnect the model");
        }
    }

    /** The model to use, its weights in {@code manager}. */
    static PretrainedEncoder load(PortValue.ModelValue connected, ParameterValues values, NDManager manager)
            throws IOException {
        if (connected != null) {
            return PretrainedLm.fromBytes(connected.bundle(), "the model input", manager);
        }
        String file = values.string(MODEL_FILE);
        return file.isEmpty() ? PretrainedLm.loadDefault(manager) : PretrainedEncoder.load(Path.of(file), manager);
    }
}
