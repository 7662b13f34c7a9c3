package org.molfuse.core.chem;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Token vocabulary over {@link SubstructureTokenizer} identifiers, and an {@link AtomFeaturizer} of size 2 that writes
 * the token index of the atom's radius-0 and radius-1 identifier (as floats, for embedding lookups).
 *
 * <p>Built from a corpus: identifiers (both radii pooled) seen at least {@code minCount} times, the most frequent
 * {@code maxSize} kept, ordered by descending count then ascending identifier. Token 0 is the unknown bucket, so token
 * {@code i + 1} is the i-th identifier and {@link #tokenCount()} is {@code size + 1}. Saved as JSON so that a trained
 * model keeps the vocabulary it was trained with.
 */
public final class SubstructureVocabulary implements AtomFeaturizer {

    static final String FORMAT = "molfuse.substructure-vocabulary";
    static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SubstructureTokenizer tokenizer = new SubstructureTokenizer();
    private final long[] identifiers;
    private final long[] counts;
    private final Map<Long, Integer> tokens = new HashMap<>();

    private SubstructureVocabulary(long[] identifiers, long[] counts) {
        this.identifiers = identifiers.clone();
        this.counts = counts.clone();
        for (int i = 0; i < identifiers.length; i++) {
            if (tokens.put(identifiers[i], i + 1) != null) {
                throw new IllegalArgumentException("identifier " + identifiers[i] + " appears twice in the vocabulary");
            }
        }
    }

    /** Counts identifiers over {@code corpus} (standardized molecules) and keeps the frequent ones. */
    public static SubstructureVocabulary build(Iterable<IAtomContainer> corpus, int minCount, int maxSize) {
        if (minCount < 1) {
            throw new IllegalArgumentException("minCount must be at least 1, was " + minCount);
        }
        if (maxSize < 0) {
            throw new IllegalArgumentException("maxSize must not be negative, was " + maxSize);
        }
        SubstructureTokenizer tokenizer = new SubstructureTokenizer();
        Map<Long, Long> seen = new HashMap<>();
        for (IAtomContainer mol : corpus) {
            for (int atom = 0; atom < mol.getAtomCount(); atom++) {
                seen.merge(tokenizer.radius0(mol, atom), 1L, Long::sum);
                seen.merge(tokenizer.radius1(mol, atom), 1L, Long::sum);
            }
        }
        List<Map.Entry<Long, Long>> kept = new ArrayList<>();
        for (Map.Entry<Long, Long> entry : seen.entrySet()) {
            if (entry.getValue() >= minCount) {
                kept.add(entry);
            }
        }
        kept.sort((a, b) -> !a.getValue().equals(b.getValue())
                ? Long.compare(b.getValue(), a.getValue()) : Long.compare(a.getKey(), b.getKey()));
        int size = Math.min(maxSize, kept.size());
        long[] identifiers = new long[size];
        long[] counts = new long[size];
        for (int i = 0; i < size; i++) {
            identifiers[i] = kept.get(i).getKey();
            counts[i] = kept.get(i).getValue();
        }
        return new SubstructureVocabulary(identifiers, counts);
    }

    /** Token of an identifier: 1..size when known, 0 for the unknown bucket. */
    public int token(long identifier) {
        return tokens.getOrDefault(identifier, 0);
    }

    /** Number of distinct tokens including the unknown bucket. */
    public int tokenCount() {
        return identifiers.length + 1;
    }

    public long identifier(int token) {
        return identifiers[token - 1];
    }

    public long count(int token) {
        return counts[token - 1];
    }

    @Override
    public int size() {
        return 2;
    }

    @Override
    public void featurize(IAtomContainer mol, int atomIndex, float[] out, int offset) {
        out[offset] = token(tokenizer.radius0(mol, atomIndex));
        out[offset + 1] = token(tokenizer.radius1(mol, atomIndex));
    }

    @Override
    public String name() {
        return "substructure-tokens";
    }

    /** JSON document: format, version and the identifiers with their corpus counts in token order. */
    record Stored(
            @JsonProperty("format") String format,
            @JsonProperty("version") int version,
            @JsonProperty("identifiers") long[] identifiers,
            @JsonProperty("counts") long[] counts) {
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(new Stored(FORMAT, VERSION, identifiers, counts));
        } catch (IOException e) {
            throw new IllegalStateException("vocabulary could not be written as JSON", e);
        }
    }

    public void save(Path path) throws IOException {
        JSON.writeValue(path.toFile(), new Stored(FORMAT, VERSION, identifiers, counts));
    }

    public static SubstructureVocabulary fromJson(String json) throws IOException {
        return fromStored(JSON.readValue(json, Stored.class));
    }

    public static SubstructureVocabulary load(Path path) throws IOException {
        return fromStored(JSON.readValue(path.toFile(), Stored.class));
    }

    private static SubstructureVocabulary fromStored(Stored stored) throws IOException {
        if (stored == null || !FORMAT.equals(stored.format())) {
            throw new IOException("not a substructure vocabulary: format must be \"" + FORMAT + "\"");
        }
        if (stored.version() != VERSION) {
            throw new IOException("unsupported substructure vocabulary version " + stored.version() + ", expected "
                    + VERSION);
        }
        if (stored.identifiers() == null || stored.counts() == null
                || stored.identifiers().length != stored.counts().length) {
            throw new IOException("substructure vocabulary needs as many counts as identifiers");
        }
        try {
            return new SubstructureVocabulary(stored.identifiers(), stored.counts());
        } catch (IllegalArgumentException e) {
            throw new IOException("invalid substructure vocabulary: " + e.getMessage(), e);
        }
    }
}
