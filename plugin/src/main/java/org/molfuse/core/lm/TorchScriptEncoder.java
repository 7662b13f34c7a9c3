package org.molfuse.core.lm;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.EngineException;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.molfuse.core.nn.TorchRuntime;

/**
 * Molecule vectors from a user-supplied TorchScript SMILES encoder, such as a ChemBERTa export, tokenized by the
 * HuggingFace {@code tokenizer.json} that came with it. The model is called as BERT and RoBERTa exports are:
 * {@code forward(input_ids int64 [B, T], attention_mask int64 [B, T])}, and its first output must be the token states
 * [B, T, H]; {@link SmilesLmPredictor.Pooling#CLS} takes the first token's state, {@link SmilesLmPredictor.Pooling#MEAN}
 * averages the real tokens'. Nothing is downloaded: the tokenizer's native library comes out of its jar. Close it when
 * done: the model and the tokenizer hold native memory.
 */
public final class TorchScriptEncoder implements AutoCloseable {

    /** RoBERTa and BERT checkpoints, ChemBERTa-2 among them, hold 512 positions. */
    public static final int DEFAULT_MAX_LENGTH = 512;

    private static final int BATCH_SIZE = 32;

    private final Path modelFile;
    private final Model model;
    private final HuggingFaceTokenizer tokenizer;

    private TorchScriptEncoder(Path modelFile, Model model, HuggingFaceTokenizer tokenizer) {
        this.modelFile = modelFile;
        this.model = model;
        this.tokenizer = tokenizer;
    }

    /** {@link #load(Path, Path, int)} with at most {@link #DEFAULT_MAX_LENGTH} tokens per SMILES. */
    public static TorchScriptEncoder load(Path model, Path tokenizerJson) throws IOException {
        return load(model, tokenizerJson, DEFAULT_MAX_LENGTH);
    }

    /**
     * Loads a TorchScript file and its tokenizer.
     *
     * @param maxLength tokens per SMILES, special tokens included; longer SMILES are cut, since the model has no
     *                  position beyond its last one
     * @throws IOException naming the file when either is missing, when the model is not a TorchScript archive or the
     *                     tokenizer not a HuggingFace {@code tokenizer.json}
     */
    public static TorchScriptEncoder load(Path model, Path tokenizerJson, int maxLength) throws IOException {
        if (maxLength < 2) {
            throw new IllegalArgumentException("maxLength must leave room for the special tokens, was " + maxLength);
        }
        requireFile(model, "TorchScript model");
        requireFile(tokenizerJson, "tokenizer.json");
        HuggingFaceTokenizer tokenizer = loadTokenizer(tokenizerJson, maxLength);
        try {
            return new TorchScriptEncoder(model, loadModel(model), tokenizer);
        } catch (IOException | RuntimeException e) {
            tokenizer.close();
            throw e;
        }
    }

    /**
     * One vector per SMILES, in input order. Tokens the vocabulary lacks become its unknown token, so every string
     * embeds.
     */
    public double[][] embed(List<String> smiles, SmilesLmPredictor.Pooling pooling) {
        Objects.requireNonNull(pooling, "pooling");
        double[][] vectors = new double[smiles.size()][];
        for (int from = 0; from < smiles.size(); from += BATCH_SIZE) {
            List<String> batch = smiles.subList(from, Math.min(smiles.size(), from + BATCH_SIZE));
            float[][] pooled = embedBatch(batch, pooling);
            for (int i = 0; i < pooled.length; i++) {
                vectors[from + i] = new double[pooled[i].length];
                for (int j = 0; j < pooled[i].length; j++) {
                    vectors[from + i][j] = pooled[i][j];
                }
            }
        }
        return vectors;
    }

    /** The token ids the model is given for one batch, padded to its longest SMILES. */
    long[][] tokenIds(List<String> batch) {
        Encoding[] encodings = encode(batch);
        long[][] ids = new long[encodings.length][];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = encodings[i].getIds();
        }
        return ids;
    }

    @Override
    public void close() {
        tokenizer.close();
        model.close();
    }

    private float[][] embedBatch(List<String> batch, SmilesLmPredictor.Pooling pooling) {
        Encoding[] encodings = encode(batch);
        int length = encodings[0].getIds().length;
        long[] ids = new long[batch.size() * length];
        long[] mask = new long[batch.size() * length];
        for (int i = 0; i < encodings.length; i++) {
            System.arraycopy(encodings[i].getIds(), 0, ids, i * length, length);
            System.arraycopy(encodings[i].getAttentionMask(), 0, mask, i * length, length);
        }
        Shape shape = new Shape(batch.size(), length);
        try (NDManager manager = model.getNDManager().newSubManager()) {
            NDArray maskArray = manager.create(mask, shape);
            NDArray states = forward(new NDList(manager.create(ids, shape), maskArray), shape);
            NDArray pooled = pooling == SmilesLmPredictor.Pooling.CLS ? SmilesTransformer.clsPooling(states)
                    : SmilesTransformer.meanPooling(states, maskArray);
            float[] flat = pooled.toFloatArray();
            int hidden = (int) pooled.getShape().get(1);
            float[][] rows = new float[batch.size()][hidden];
            for (int i = 0; i < rows.length; i++) {
                System.arraycopy(flat, i * hidden, rows[i], 0, hidden);
            }
            return rows;
        }
    }

    private NDArray forward(NDList inputs, Shape shape) {
        NDList outputs;
        try {
            outputs = model.getBlock().forward(new ParameterStore(inputs.head().getManager(), false), inputs, false);
        } catch (EngineException e) {
            throw new IllegalStateException("the TorchScript model " + modelFile + " failed on (input_ids, "
                    + "attention_mask) of shape " + shape + "; it must take these two int64 inputs: "
                    + e.getMessage(), e);
        }
        // BERT exports return (last_hidden_state, pooler_output); the token states always come first
        NDArray states = outputs.isEmpty() ? null : outputs.get(0);
        if (states == null || states.getShape().dimension() != 3 || states.getShape().get(0) != shape.get(0)
                || states.getShape().get(1) != shape.get(1)) {
            throw new IllegalStateException("the TorchScript model " + modelFile + " must return the token states "
                    + "[batch, tokens, hidden] = [" + shape.get(0) + ", " + shape.get(1) + ", H] first, but returned "
                    + (states == null ? "nothing" : states.getShape().toString()));
        }
        return states.toType(DataType.FLOAT32, false);
    }

    private Encoding[] encode(List<String> batch) {
        for (String smiles : batch) {
            Objects.requireNonNull(smiles, "a SMILES to embed is null");
        }
        return tokenizer.batchEncode(batch);
    }

    private static void requireFile(Path file, String what) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such " + what + " file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is not a file; give the " + what + " file itself");
        }
    }

    private static HuggingFaceTokenizer loadTokenizer(Path file, int maxLength) throws IOException {
        try {
            // the tokenizer's native library is found through the context class loader, as DJL's engines are
            return TorchRuntime.withBundleClassLoader(() -> {
                try {
                    return HuggingFaceTokenizer.builder()
                            .optTokenizerPath(file)
                            .optAddSpecialTokens(true)
                            .optPadding(true)
                            .optTruncation(true)
                            .optMaxLength(maxLength)
                            .build();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw new IOException(file + " could not be read as a HuggingFace tokenizer.json: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (RuntimeException e) {
            // the native parser reports a malformed file as a plain RuntimeException
            throw new IOException(file + " is not a HuggingFace tokenizer.json: " + e.getMessage(), e);
        }
    }

    private static Model loadModel(Path file) throws IOException {
        TorchRuntime.engine();
        Model model = TorchRuntime.withBundleClassLoader(
                () -> Model.newInstance("torchscript-smiles-encoder", Device.cpu(), "PyTorch"));
        try {
            TorchRuntime.withBundleClassLoader(() -> {
                try {
                    model.load(file, null, Map.of());
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (MalformedModelException e) {
                    throw new EngineException(e.getMessage(), e);
                }
            });
            return model;
        } catch (UncheckedIOException e) {
            model.close();
            throw new IOException(file + " could not be read as a TorchScript model: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (EngineException e) {
            model.close();
            // libtorch's own words (no zip central directory, no constants.pkl, ...) follow for the curious
            throw new IOException(file + " is not a TorchScript model (save one with torch.jit.script or "
                    + "torch.jit.trace and torch.jit.save): " + e.getMessage(), e);
        }
    }
}
