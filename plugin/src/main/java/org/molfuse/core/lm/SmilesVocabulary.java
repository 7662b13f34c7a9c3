package org.molfuse.core.lm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Token ids for a SMILES language model. The five special tokens come first, at fixed ids: {@code [PAD]} 0,
 * {@code [UNK]} 1, {@code [CLS]} 2, {@code [SEP]} 3, {@code [MASK]} 4; then the corpus tokens seen at least
 * {@code minCount} times, most frequent first (ties in string order), so the same corpus always gives the same ids.
 * An encoded sequence is {@code [CLS] tokens... [SEP]}, padded with {@code [PAD]} to a fixed length, with an
 * attention mask of 1 for real tokens and 0 for padding. Saved as JSON beside a model so that it keeps the ids it
 * was trained with.
 */
public final class SmilesVocabulary implements LmTokenizer {

    /** How model bundles name this tokenizer. */
    static final String KIND = "smiles-atom";

    public static final String PAD = "[PAD]";
    public static final String UNK = "[UNK]";
    public static final String CLS = "[CLS]";
    public static final String SEP = "[SEP]";
    public static final String MASK = "[MASK]";
    public static final List<String> SPECIAL = List.of(PAD, UNK, CLS, SEP, MASK);

    public static final int PAD_ID = 0;
    public static final int UNK_ID = 1;
    public static final int CLS_ID = 2;
    public static final int SEP_ID = 3;
    public static final int MASK_ID = 4;

    static final String FORMAT = "molfuse.smiles-vocabulary";
    static final int VERSION = 1;

    private final SmilesTokenizer tokenizer = new SmilesTokenizer();
    private final List<String> tokens;
    private final Map<String, Integer> ids = new HashMap<>();

    private SmilesVocabulary(List<String> tokens) {
        if (!tokens.subList(0, Math.min(tokens.size(), SPECIAL.size())).equals(SPECIAL)) {
            throw new IllegalArgumentException("a vocabulary starts with the special tokens " + SPECIAL);
        }
        this.tokens = List.copyOf(tokens);
        for (int id = 0; id < tokens.size(); id++) {
            if (ids.put(tokens.get(id), id) != null) {
                throw new IllegalArgumentException("token '" + tokens.get(id) + "' appears twice in the vocabulary");
            }
        }
    }

    /**
     * The vocabulary of these tokens, in id order, as a model stored them.
     *
     * @throws IllegalArgumentException when the special tokens do not come first or a token repeats
     */
    public static SmilesVocabulary of(List<String> tokens) {
        return new SmilesVocabulary(tokens);
    }

    /**
     * Counts the tokens of {@code corpus} and keeps those seen at least {@code minCount} times.
     *
     * @throws IllegalArgumentException naming the first SMILES (counted from 1) that cannot be tokenized
     */
    public static SmilesVocabulary build(Iterable<String> corpus, int minCount) {
        if (minCount < 1) {
            throw new IllegalArgumentException("minCount must be at least 1, was " + minCount);
        }
        SmilesTokenizer tokenizer = new SmilesTokenizer();
        Map<String, Long> counts = new HashMap<>();
        int row = 0;
        for (String smiles : corpus) {
            row++;
            try {
                for (String token : tokenizer.tokenize(smiles)) {
                    counts.merge(token, 1L, Long::sum);
                }
            } catch (IllegalArgumentException untokenizable) {
                throw new IllegalArgumentException("corpus SMILES " + row + ": " + untokenizable.getMessage(),
                        untokenizable);
            }
        }
        List<String> tokens = new ArrayList<>(SPECIAL);
        counts.entrySet().stream()
                .filter(entry -> entry.getValue() >= minCount && !SPECIAL.contains(entry.getKey()))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> tokens.add(entry.getKey()));
        return new SmilesVocabulary(tokens);
    }

    public int size() {
        return tokens.size();
    }

    public String token(int id) {
        return tokens.get(id);
    }

    /** The id of {@code token}, {@link #UNK_ID} when it is not in the vocabulary. */
    public int id(String token) {
        return ids.getOrDefault(token, UNK_ID);
    }

    /** The ids of {@code [CLS] smiles [SEP]}, unpadded; tokens outside the vocabulary become {@code [UNK]}. */
    public int[] encode(String smiles) {
        List<String> pieces = tokenizer.tokenize(smiles);
        int[] encoded = new int[pieces.size() + 2];
        encoded[0] = CLS_ID;
        for (int i = 0; i < pieces.size(); i++) {
            encoded[i + 1] = id(pieces.get(i));
        }
        encoded[encoded.length - 1] = SEP_ID;
        return encoded;
    }

    /**
     * {@link #encode} cut to at most {@code maxLength} ids, unpadded; a cut sequence still ends with {@code [SEP]}.
     * This is how the models read SMILES longer than their positions.
     */
    @Override
    public int[] encodeAtMost(String smiles, int maxLength) {
        int[] ids = encode(smiles);
        return ids.length <= maxLength ? ids : cut(ids, maxLength);
    }

    private static int[] cut(int[] unpadded, int length) {
        int[] ids = java.util.Arrays.copyOf(unpadded, length);
        ids[length - 1] = SEP_ID;
        return ids;
    }

    /**
     * {@link #encode} padded with {@code [PAD]} to {@code length}; a longer sequence keeps its first
     * {@code length - 1} ids and ends with {@code [SEP]}, so the model always sees where the input stops.
     */
    public int[] encode(String smiles, int length) {
        if (length < 2) {
            throw new IllegalArgumentException("a sequence holds at least [CLS] and [SEP]; length was " + length);
        }
        int[] unpadded = encode(smiles);
        return unpadded.length > length ? cut(unpadded, length) : java.util.Arrays.copyOf(unpadded, length);
    }

    /** 1 where {@code ids} holds a token, 0 where it holds padding. */
    public static int[] attentionMask(int[] ids) {
        int[] mask = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            mask[i] = ids[i] == PAD_ID ? 0 : 1;
        }
        return mask;
    }

    /** The SMILES an id sequence spells, special tokens left out ({@code [UNK]} included, as its text). */
    public String decode(int[] ids) {
        StringBuilder smiles = new StringBuilder();
        for (int id : ids) {
            if (id != PAD_ID && id != CLS_ID && id != SEP_ID && id != MASK_ID) {
                smiles.append(token(id));
            }
        }
        return smiles.toString();
    }

    public void save(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ArrayNode list = root.putArray("tokens");
        tokens.forEach(list::add);
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    /**
     * Reads a vocabulary written by {@link #save}.
     *
     * @throws IOException naming the file when it is not such a vocabulary, or of another version
     */
    public static SmilesVocabulary load(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException unreadable) {
            throw new IOException(file + " is not a readable SMILES vocabulary: " + unreadable.getMessage(),
                    unreadable);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException(file + " is not a MolFuse SMILES vocabulary (format '" + FORMAT + "')");
        }
        if (root.path("version").asInt() != VERSION) {
            throw new IOException(file + " is a SMILES vocabulary of version " + root.path("version").asInt()
                    + "; this MolFuse reads version " + VERSION);
        }
        List<String> tokens = new ArrayList<>();
        root.path("tokens").forEach(token -> tokens.add(token.asText()));
        try {
            return new SmilesVocabulary(tokens);
        } catch (IllegalArgumentException malformed) {
            throw new IOException(file + ": " + malformed.getMessage(), malformed);
        }
    }
}
