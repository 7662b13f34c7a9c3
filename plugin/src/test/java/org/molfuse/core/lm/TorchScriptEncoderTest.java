package org.molfuse.core.lm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.molfuse.core.lm.SmilesLmPredictor.Pooling;

/**
 * A tiny TorchScript encoder and its tokenizer.json, made with Debian's python3-torch by
 * {@code fixtures/torchscript/make_fixture.py}, against the ids and vectors that script computed in Python.
 */
class TorchScriptEncoderTest {

    private static final double TOLERANCE = 1e-5;

    private static Path model;
    private static Path tokenizer;
    private static JsonNode expected;
    private static List<String> smiles;
    private static TorchScriptEncoder encoder;

    @BeforeAll
    static void load() throws IOException, URISyntaxException {
        Path folder = Path.of(TorchScriptEncoderTest.class.getResource("/fixtures/torchscript").toURI());
        model = folder.resolve("tiny_smiles_encoder.pt");
        tokenizer = folder.resolve("tokenizer.json");
        expected = new ObjectMapper().readTree(folder.resolve("expected_embeddings.json").toFile());
        smiles = new ArrayList<>();
        expected.get("smiles").forEach(node -> smiles.add(node.asText()));
        encoder = TorchScriptEncoder.load(model, tokenizer);
    }

    @AfterAll
    static void close() {
        if (encoder != null) {
            encoder.close();
        }
    }

    private static double[][] matrix(String field) {
        JsonNode rows = expected.get(field);
        double[][] values = new double[rows.size()][];
        for (int i = 0; i < values.length; i++) {
            values[i] = new double[rows.get(i).size()];
            for (int j = 0; j < values[i].length; j++) {
                values[i][j] = rows.get(i).get(j).asDouble();
            }
        }
        return values;
    }

    private static double maxDifference(double[][] expected, double[][] actual) {
        assertEquals(expected.length, actual.length);
        double max = 0;
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i].length, actual[i].length, "vector length of row " + i);
            for (int j = 0; j < expected[i].length; j++) {
                max = Math.max(max, Math.abs(expected[i][j] - actual[i][j]));
            }
        }
        return max;
    }

    @Test
    void tokenizerJsonGivesThePythonIds() {
        long[][] ids = encoder.tokenIds(smiles);
        double[][] python = matrix("ids");
        for (int i = 0; i < ids.length; i++) {
            assertArrayEquals(Arrays.stream(python[i]).mapToLong(v -> (long) v).toArray(), ids[i], smiles.get(i));
        }
    }

    @Test
    void clsAndMeanVectorsMatchPython() {
        double cls = maxDifference(matrix("cls"), encoder.embed(smiles, Pooling.CLS));
        double mean = maxDifference(matrix("mean"), encoder.embed(smiles, Pooling.MEAN));
        System.out.printf("TorchScriptEncoder vs Python (torch %s): max |diff| CLS %.3g, mean %.3g%n",
                expected.get("torch_version").asText(), cls, mean);
        assertTrue(cls < TOLERANCE, "CLS vectors differ by " + cls);
        assertTrue(mean < TOLERANCE, "mean vectors differ by " + mean);
    }

    @Test
    void batchesAndPaddingDoNotChangeAVector() {
        double[][] mean = matrix("mean");
        // 72 SMILES: three internal batches, each padded to its own longest SMILES
        List<String> many = new ArrayList<>();
        double[][] repeated = new double[72][];
        for (int i = 0; i < repeated.length; i++) {
            many.add(smiles.get(i % smiles.size()));
            repeated[i] = mean[i % smiles.size()];
        }
        assertTrue(maxDifference(repeated, encoder.embed(many, Pooling.MEAN)) < TOLERANCE);
        for (int i = 0; i < smiles.size(); i++) {
            double[][] alone = encoder.embed(List.of(smiles.get(i)), Pooling.MEAN);
            assertTrue(maxDifference(new double[][] {mean[i]}, alone) < TOLERANCE, smiles.get(i));
        }
    }

    @Test
    void unknownTokensEmbedAsUnk() {
        assertArrayEquals(new long[] {SmilesVocabulary.CLS_ID, SmilesVocabulary.UNK_ID, SmilesVocabulary.SEP_ID},
                encoder.tokenIds(List.of("[Xe]"))[0]);
        // a space is no SMILES token: the pre-tokenizer keeps it as its own piece, which becomes [UNK]
        assertArrayEquals(new long[] {2, 5, 1, 5, 3}, encoder.tokenIds(List.of("C C"))[0]);
        double[][] vectors = encoder.embed(List.of("[Xe]", "C C", ""), Pooling.CLS);
        for (double[] vector : vectors) {
            assertEquals(expected.get("hidden_size").asInt(), vector.length);
            assertTrue(Arrays.stream(vector).allMatch(Double::isFinite));
        }
    }

    @Test
    void emptyListGivesEmptyArray() {
        assertEquals(0, encoder.embed(List.of(), Pooling.MEAN).length);
    }

    @Test
    void longSmilesAreCutToMaxLengthAndKeepSep() throws IOException {
        try (TorchScriptEncoder shortEncoder = TorchScriptEncoder.load(model, tokenizer, 8)) {
            long[] ids = shortEncoder.tokenIds(List.of("CCCCCCCCCCCCCCCCCCCC"))[0];
            assertArrayEquals(new long[] {2, 5, 5, 5, 5, 5, 5, 3}, ids);
            assertEquals(8, shortEncoder.embed(List.of("CCCCCCCCCCCCCCCCCCCC"), Pooling.CLS)[0].length);
        }
    }

    @Test
    void missingFilesAreNamed(@TempDir Path dir) {
        Path absentModel = dir.resolve("absent.pt");
        NoSuchFileException noModel = assertThrows(NoSuchFileException.class,
                () -> TorchScriptEncoder.load(absentModel, tokenizer));
        assertTrue(noModel.getMessage().contains(absentModel.toString()), noModel.getMessage());
        assertTrue(noModel.getMessage().contains("TorchScript model"), noModel.getMessage());

        Path absentTokenizer = dir.resolve("tokenizer.json");
        NoSuchFileException noTokenizer = assertThrows(NoSuchFileException.class,
                () -> TorchScriptEncoder.load(model, absentTokenizer));
        assertTrue(noTokenizer.getMessage().contains(absentTokenizer.toString()), noTokenizer.getMessage());
        assertTrue(noTokenizer.getMessage().contains("tokenizer.json"), noTokenizer.getMessage());

        IOException folder = assertThrows(IOException.class, () -> TorchScriptEncoder.load(dir, tokenizer));
        assertTrue(folder.getMessage().contains(dir + " is not a file"), folder.getMessage());
    }

    @Test
    void randomBytesAreNotATorchScriptModel(@TempDir Path dir) throws IOException {
        byte[] noise = new byte[4096];
        new Random(5).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.pt"), noise);
        assertNotTorchScript(file);
    }

    @Test
    void truncatedModelIsNotATorchScriptModel(@TempDir Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(model);
        Path file = Files.write(dir.resolve("truncated.pt"), Arrays.copyOf(whole, whole.length / 2));
        assertNotTorchScript(file);
    }

    private static void assertNotTorchScript(Path file) {
        IOException e = assertThrows(IOException.class, () -> TorchScriptEncoder.load(file, tokenizer));
        assertTrue(e.getMessage().startsWith(file + " is not a TorchScript model"), e.getMessage());
    }

    @Test
    void malformedTokenizerIsNamed(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("tokenizer.json"), "{\"model\": {\"type\": \"WordLevel\"");
        IOException e = assertThrows(IOException.class, () -> TorchScriptEncoder.load(model, file));
        assertTrue(e.getMessage().startsWith(file + " is not a HuggingFace tokenizer.json"), e.getMessage());
    }
}
