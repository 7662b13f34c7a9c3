package org.molfuse.core.lm;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.molfuse.core.nn.TorchRuntime;

/**
 * The tokenizer of a HuggingFace checkpoint, read from its {@code tokenizer.json} text (kept, so that a fine-tuned
 * model can carry it), through DJL's bindings of the HuggingFace tokenizers library. Special tokens are added as the
 * file's post-processor says (RoBERTa: {@code <s> ... </s>}). Holds native memory: close it.
 */
public final class HuggingFaceTokens implements LmTokenizer {

    private final String json;
    private final HuggingFaceTokenizer tokenizer;

    private HuggingFaceTokens(String json, HuggingFaceTokenizer tokenizer) {
        this.json = json;
        this.tokenizer = tokenizer;
    }

    /**
     * Reads a {@code tokenizer.json} text; {@code source} names it in messages.
     *
     * @throws IOException when the text is not a HuggingFace tokenizer
     */
    public static HuggingFaceTokens of(String json, String source) throws IOException {
        try {
            // the tokenizer's native library is found through the context class loader, as DJL's engines are
            HuggingFaceTokenizer tokenizer = TorchRuntime.withBundleClassLoader(() -> {
                try {
                    return HuggingFaceTokenizer.newInstance(
                            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                            Map.of("addSpecialTokens", "true", "truncation", "false", "padding", "false"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return new HuggingFaceTokens(json, tokenizer);
        } catch (UncheckedIOException e) {
            throw new IOException(source + " could not be read as a HuggingFace tokenizer.json: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (RuntimeException e) {
            // the native parser reports a malformed file as a plain RuntimeException
            throw new IOException(source + " is not a HuggingFace tokenizer.json: " + e.getMessage(), e);
        }
    }

    /** The {@code tokenizer.json} text this tokenizer was read from. */
    public String json() {
        return json;
    }

    @Override
    public int[] encodeAtMost(String smiles, int maxLength) {
        if (maxLength < 2) {
            throw new IllegalArgumentException("a sequence holds at least its two special tokens; maxLength was "
                    + maxLength);
        }
        Encoding encoding = tokenizer.encode(smiles);
        long[] ids = encoding.getIds();
        int length = Math.min(ids.length, maxLength);
        int[] kept = new int[length];
        for (int i = 0; i < length; i++) {
            kept[i] = Math.toIntExact(ids[i]);
        }
        if (ids.length > maxLength) {
            kept[length - 1] = Math.toIntExact(ids[ids.length - 1]);
        }
        return kept;
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
