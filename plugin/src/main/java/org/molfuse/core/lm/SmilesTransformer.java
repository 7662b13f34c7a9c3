package org.molfuse.core.lm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.molfuse.core.nn.TorchRuntime;

/**
 * A RoBERTa-style transformer encoder over SMILES token ids, written from DJL primitives (DJL's own BERT blocks
 * normalize with BatchNorm and need full-length sequences; RoBERTa uses LayerNorm after each sublayer and padding
 * masks):
 * <pre>
 *   x = LayerNorm(word[ids] + position[pos] + type[0])
 *   per layer:  x = LayerNorm(x + Dropout(Attention(x, mask)))
 *               x = LayerNorm(x + Dropout(W2 GELU(W1 x + b1) + b2))
 * </pre>
 * Attention is multi-head scaled dot product with padded keys masked out. Inputs: token ids [B, T] (int64) and the
 * attention mask [B, T] (1 token, 0 padding); output: the token states [B, T, H], from which {@link #clsPooling} and
 * {@link #meanPooling} make molecule vectors.
 *
 * <p>Parameters are named and shaped as in HuggingFace BERT/RoBERTa checkpoints
 * ({@code embeddings.word_embeddings.weight} [V, H], {@code encoder.layer.0.attention.self.query.weight} [H, H],
 * ...), so weights exported from such a checkpoint map one to one. They start as in those models: normal with
 * standard deviation 0.02, LayerNorm weights one, biases zero.
 */
public final class SmilesTransformer extends AbstractBlock {

    private static final Initializer BERT_NORMAL = new NormalInitializer(0.02f);
    /** Added to attention scores of padded keys: exp underflows to exactly 0 in float32. */
    private static final float MASKED = -1e9f;

    private final TransformerConfig config;
    private final int loraRank;
    private final Parameter wordEmbeddings;
    private final Parameter positionEmbeddings;
    private final Parameter tokenTypeEmbeddings;
    private final Parameter embeddingNormWeight;
    private final Parameter embeddingNormBias;
    private final List<LayerParameters> layers = new ArrayList<>();

    /** The parameters of one transformer layer. */
    private record LayerParameters(Parameter queryWeight, Parameter queryBias, Parameter keyWeight,
            Parameter keyBias, Parameter valueWeight, Parameter valueBias, Parameter attentionOutputWeight,
            Parameter attentionOutputBias, Parameter attentionNormWeight, Parameter attentionNormBias,
            Parameter intermediateWeight, Parameter intermediateBias, Parameter outputWeight, Parameter outputBias,
            Parameter outputNormWeight, Parameter outputNormBias, Lora queryLora, Lora valueLora) {
    }

    /** A low-rank update {@code B A} [H, H] of a projection; B starts at zero, so training starts from the base. */
    private record Lora(Parameter down, Parameter up) {
    }

    public SmilesTransformer(TransformerConfig config) {
        this(config, 0);
    }

    /**
     * An encoder whose query and value projections also carry LoRA adapters of {@code loraRank} (0: none), as in
     * LoRA's own transformer experiments: {@code W x + B A x}, A [rank, H] normal with standard deviation 0.02, B
     * [H, rank] zero. Adapter parameters are named {@code ...attention.self.query.lora_A} and {@code lora_B}.
     */
    public SmilesTransformer(TransformerConfig config, int loraRank) {
        this.config = Objects.requireNonNull(config, "config");
        if (loraRank < 0 || loraRank > config.hiddenSize()) {
            throw new IllegalArgumentException("the LoRA rank must be in [0, " + config.hiddenSize() + "], got "
                    + loraRank);
        }
        this.loraRank = loraRank;
        int h = config.hiddenSize();
        wordEmbeddings = add(normal("embeddings.word_embeddings.weight", config.vocabSize(), h));
        positionEmbeddings = add(normal("embeddings.position_embeddings.weight", config.maxPositions(), h));
        tokenTypeEmbeddings = add(normal("embeddings.token_type_embeddings.weight", 1, h));
        embeddingNormWeight = add(ones("embeddings.LayerNorm.weight", h));
        embeddingNormBias = add(zeros("embeddings.LayerNorm.bias", h));
        for (int layer = 0; layer < config.layers(); layer++) {
            String prefix = "encoder.layer." + layer + ".";
            int ffn = config.intermediateSize();
            layers.add(new LayerParameters(
                    add(normal(prefix + "attention.self.query.weight", h, h)),
                    add(zeros(prefix + "attention.self.query.bias", h)),
                    add(normal(prefix + "attention.self.key.weight", h, h)),
                    add(zeros(prefix + "attention.self.key.bias", h)),
                    add(normal(prefix + "attention.self.value.weight", h, h)),
                    add(zeros(prefix + "attention.self.value.bias", h)),
                    add(normal(prefix + "attention.output.dense.weight", h, h)),
                    add(zeros(prefix + "attention.output.dense.bias", h)),
                    add(ones(prefix + "attention.output.LayerNorm.weight", h)),
                    add(zeros(prefix + "attention.output.LayerNorm.bias", h)),
                    add(normal(prefix + "intermediate.dense.weight", ffn, h)),
                    add(zeros(prefix + "intermediate.dense.bias", ffn)),
                    add(normal(prefix + "output.dense.weight", h, ffn)),
                    add(zeros(prefix + "output.dense.bias", h)),
                    add(ones(prefix + "output.LayerNorm.weight", h)),
                    add(zeros(prefix + "output.LayerNorm.bias", h)),
                    lora(prefix + "attention.self.query."), lora(prefix + "attention.self.value.")));
        }
    }

    public TransformerConfig config() {
        return config;
    }

    public int loraRank() {
        return loraRank;
    }

    /** Freezes every weight but the LoRA adapters', for LoRA fine-tuning. */
    public void freezeAllButLora() {
        freezeParameters(true);
        for (LayerParameters layer : layers) {
            for (Lora lora : new Lora[] {layer.queryLora(), layer.valueLora()}) {
                lora.down().freeze(false);
                lora.up().freeze(false);
            }
        }
    }

    /** The word-embedding matrix [V, H], which the masked-language-model head reuses as its output layer. */
    Parameter wordEmbeddings() {
        return wordEmbeddings;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray ids = inputs.get(0);
        NDArray mask = inputs.get(1).toType(DataType.INT64, false);
        long length = ids.getShape().get(1);
        if (length > config.maxSequenceLength()) {
            throw new IllegalArgumentException("sequences of " + length + " tokens exceed the model's "
                    + config.maxSequenceLength() + " positions");
        }
        // RoBERTa's positions: running count of real tokens, shifted past the padding row; padding reads that row
        NDArray positions = mask.cumSum(1).mul(mask).add(config.positionPaddingIndex());
        NDArray x = value(store, wordEmbeddings, ids, training).get(ids)
                .add(value(store, positionEmbeddings, ids, training).get(positions))
                .add(value(store, tokenTypeEmbeddings, ids, training).get(0));
        x = dropout(norm(store, x, embeddingNormWeight, embeddingNormBias, training), training);
        // [B, 1, 1, T]: 0 for tokens, a large negative number for padded keys
        NDArray keyBias = mask.toType(DataType.FLOAT32, false).neg().add(1f).mul(MASKED).expandDims(1).expandDims(1);
        for (LayerParameters layer : layers) {
            x = layer(store, layer, x, keyBias, training);
        }
        return new NDList(x);
    }

    private NDArray layer(ParameterStore store, LayerParameters p, NDArray x, NDArray keyBias, boolean training) {
        Shape shape = x.getShape();
        long batch = shape.get(0);
        long length = shape.get(1);
        int heads = config.heads();
        int headSize = config.headSize();
        NDArray query = heads(adapted(store, x, p.queryWeight(), p.queryBias(), p.queryLora(), training), batch,
                length);
        NDArray key = heads(affine(store, x, p.keyWeight(), p.keyBias(), training), batch, length);
        NDArray valueStates = heads(adapted(store, x, p.valueWeight(), p.valueBias(), p.valueLora(), training),
                batch, length);
        // the scale as a tensor, not a Java number: the backward pass reads the divisor again (TorchRuntime.scalar)
        NDArray scores = query.matMul(key.transpose(0, 1, 3, 2))
                .div(TorchRuntime.scalar(query.getManager(), (float) Math.sqrt(headSize))).add(keyBias);
        NDArray probabilities = dropout(scores.softmax(-1), training);
        NDArray context = probabilities.matMul(valueStates).transpose(0, 2, 1, 3)
                .reshape(batch, length, (long) heads * headSize);
        NDArray attended = dropout(affine(store, context, p.attentionOutputWeight(), p.attentionOutputBias(),
                training), training);
        x = norm(store, x.add(attended), p.attentionNormWeight(), p.attentionNormBias(), training);
        NDArray hidden = Activation.gelu(affine(store, x, p.intermediateWeight(), p.intermediateBias(), training));
        NDArray out = dropout(affine(store, hidden, p.outputWeight(), p.outputBias(), training), training);
        return norm(store, x.add(out), p.outputNormWeight(), p.outputNormBias(), training);
    }

    /** [B, T, H] to [B, heads, T, headSize]. */
    private NDArray heads(NDArray states, long batch, long length) {
        return states.reshape(batch, length, config.heads(), config.headSize()).transpose(0, 2, 1, 3);
    }

    /**
     * The molecule vectors [N][H] of token-id sequences, pooled as asked, {@code batchSize} sequences per forward
     * pass. Arrays live in {@code manager} only while a batch runs.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancelled} turns true between batches
     */
    public float[][] embed(int[][] ids, SmilesLmPredictor.Pooling pooling, int batchSize, NDManager manager,
            BooleanSupplier cancelled) {
        float[][] vectors = new float[ids.length][];
        ParameterStore store = new ParameterStore(manager, false);
        for (int from = 0; from < ids.length; from += batchSize) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("embedding cancelled after " + from + " molecules");
            }
            int[][] batchIds = Arrays.copyOfRange(ids, from, Math.min(ids.length, from + batchSize));
            try (NDManager batch = manager.newSubManager(); NDScope scope = new NDScope()) {
                NDList inputs = MlmPretrainer.inputs(batchIds, batch);
                NDArray states = forward(store, inputs, false).head();
                NDArray pooled = pooling == SmilesLmPredictor.Pooling.CLS ? clsPooling(states)
                        : meanPooling(states, inputs.get(1));
                float[] flat = pooled.toFloatArray();
                int width = config.hiddenSize();
                for (int i = 0; i < batchIds.length; i++) {
                    vectors[from + i] = Arrays.copyOfRange(flat, i * width, (i + 1) * width);
                }
            }
        }
        return vectors;
    }

    /** The state of the first ([CLS]) token of each sequence: [B, H]. */
    public static NDArray clsPooling(NDArray states) {
        return states.get(":, 0, :");
    }

    /** The average state over each sequence's real tokens (mask 1), padding left out: [B, H]. */
    public static NDArray meanPooling(NDArray states, NDArray mask) {
        NDArray weights = mask.toType(DataType.FLOAT32, false).expandDims(2);
        return states.mul(weights).sum(new int[] {1}).div(weights.sum(new int[] {1}));
    }

    /** A projection plus its LoRA update, if the encoder has adapters. */
    private NDArray adapted(ParameterStore store, NDArray x, Parameter weight, Parameter bias, Lora lora,
            boolean training) {
        NDArray projected = affine(store, x, weight, bias, training);
        if (lora == null) {
            return projected;
        }
        NDArray down = Linear.linear(x, value(store, lora.down(), x, training)).singletonOrThrow();
        return projected.add(Linear.linear(down, value(store, lora.up(), x, training)).singletonOrThrow());
    }

    private NDArray affine(ParameterStore store, NDArray x, Parameter weight, Parameter bias, boolean training) {
        return Linear.linear(x, value(store, weight, x, training), value(store, bias, x, training))
                .singletonOrThrow();
    }

    private NDArray norm(ParameterStore store, NDArray x, Parameter weight, Parameter bias, boolean training) {
        return LayerNorm.layerNorm(x, new Shape(config.hiddenSize()), value(store, weight, x, training),
                value(store, bias, x, training), config.layerNormEps()).singletonOrThrow();
    }

    private NDArray dropout(NDArray x, boolean training) {
        return training && config.dropout() > 0f ? Dropout.dropout(x, config.dropout(), true).singletonOrThrow() : x;
    }

    private static NDArray value(ParameterStore store, Parameter parameter, NDArray like, boolean training) {
        return store.getValue(parameter, like.getDevice(), training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), inputShapes[0].get(1), config.hiddenSize())};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        // no child blocks: every parameter is this block's own, with its shape set
    }

    private Parameter add(Parameter parameter) {
        return addParameter(parameter);
    }

    private Lora lora(String prefix) {
        if (loraRank == 0) {
            return null;
        }
        return new Lora(add(normal(prefix + "lora_A", loraRank, config.hiddenSize())),
                add(Parameter.builder().setName(prefix + "lora_B").setType(Parameter.Type.WEIGHT)
                        .optInitializer(Initializer.ZEROS).optShape(new Shape(config.hiddenSize(), loraRank))
                        .build()));
    }

    private static Parameter normal(String name, long rows, long columns) {
        return Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT).optInitializer(BERT_NORMAL)
                .optShape(new Shape(rows, columns)).build();
    }

    private static Parameter ones(String name, long size) {
        return Parameter.builder().setName(name).setType(Parameter.Type.GAMMA).optInitializer(Initializer.ONES)
                .optShape(new Shape(size)).build();
    }

    private static Parameter zeros(String name, long size) {
        return Parameter.builder().setName(name).setType(Parameter.Type.BIAS).optInitializer(Initializer.ZEROS)
                .optShape(new Shape(size)).build();
    }
}
