package org.molfuse.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.molfuse.core.train.VectorExamples.Example;

class ModelBundleTest {

    private static final List<TaskKind> TASKS = List.of(TaskKind.REGRESSION, TaskKind.BINARY_CLASSIFICATION);
    private static final List<Example> TRAIN = VectorExamples.generate(120, 4, 21,
            x -> new float[] {VectorExamples.sum(x), x[0] > 0.5f ? 1 : 0});
    private static final List<Example> QUERIES = VectorExamples.generate(30, 4, 22, x -> new float[] {0, 0});
    private static final String ARCHITECTURE = "{\"hidden\": 16, \"outputs\": 2}";
    private static final String FEATURIZER = "{\"features\": \"four uniform numbers\"}";
    /** Header: 8 magic bytes, int version, long content length. */
    private static final int HEADER = 20;

    /** Builds the MLP the architecture JSON describes, as a real caller would from its own configuration. */
    private static final BlockFactory FACTORY = json -> {
        try {
            JsonNode node = new ObjectMapper().readTree(json);
            return VectorExamples.mlp(node.get("hidden").asInt(), node.get("outputs").asInt());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    @TempDir
    static Path folder;
    private static Path saved;
    private static float[][] savedPredictions;
    private static TargetScaler savedScaler;

    @BeforeAll
    static void initializeAndSave() throws IOException {
        VectorExamples.Source source = new VectorExamples.Source();
        Block block = FACTORY.create(ARCHITECTURE);
        try (NDManager manager = NDManager.newBaseManager()) {
            // random initial weights are as good as trained ones here: the bundle must reproduce what the block does
            Engine.getInstance().setRandomSeed(5);
            block.initialize(manager, DataType.FLOAT32, new Shape(7, 4));
            savedScaler = TargetScaler.fit(source.labels(TRAIN), TASKS);
            saved = folder.resolve("model.mfb");
            new ModelBundle(ARCHITECTURE, FEATURIZER, List.of("solubility", "active"), TASKS, savedScaler, block)
                    .write(saved);
            savedPredictions = new ModelPredictor(block, TASKS, savedScaler).predict(manager, source, QUERIES, 7);
        }
    }

    private static Path variant(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    private static String readFailure(Path file) {
        try (NDManager manager = NDManager.newBaseManager()) {
            InvalidModelBundleException e = assertThrows(InvalidModelBundleException.class,
                    () -> ModelBundle.read(file, FACTORY, manager));
            assertTrue(e.getMessage().startsWith("model bundle '" + file + "' "), e.getMessage());
            return e.getMessage().substring(("model bundle '" + file + "' ").length());
        }
    }

    @Test
    void loadsBackEverythingAndPredictsIdentically() throws IOException {
        try (NDManager manager = NDManager.newBaseManager()) {
            ModelBundle bundle = ModelBundle.read(saved, FACTORY, manager);
            assertEquals(ARCHITECTURE, bundle.architectureJson());
            assertEquals(FEATURIZER, bundle.featurizerJson());
            assertEquals(List.of("solubility", "active"), bundle.taskNames());
            assertEquals(TASKS, bundle.taskKinds());
            assertEquals(savedScaler, bundle.scaler());
            float[][] predictions = new ModelPredictor(bundle.block(), bundle.taskKinds(), bundle.scaler())
                    .predict(manager, new VectorExamples.Source(), QUERIES, 7);
            // same batches as before saving: a matrix product over another batch size may round differently
            for (int row = 0; row < QUERIES.size(); row++) {
                assertArrayEquals(savedPredictions[row], predictions[row], 0f, "row " + row);
            }
        }
    }

    @Test
    void writesAtomicallyAndReplacesAnOldFile() throws IOException {
        Path target = folder.resolve("replaced.mfb");
        Files.writeString(target, "an older file");
        try (NDManager manager = NDManager.newBaseManager()) {
            ModelBundle bundle = ModelBundle.read(saved, FACTORY, manager);
            bundle.write(target);
        }
        assertArrayEquals(Files.readAllBytes(saved), Files.readAllBytes(target), "the same bundle, byte for byte");
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".tmp")),
                    "no temporary file is left behind");
        }
    }

    @Test
    void aFlippedContentByteIsReportedAsCorruption() throws IOException {
        byte[] bytes = Files.readAllBytes(saved);
        bytes[bytes.length / 2] ^= 0x10;
        String problem = readFailure(variant("flipped.mfb", bytes));
        assertTrue(problem.startsWith("is corrupted: the content checksum does not match (stored "), problem);
    }

    @Test
    void aTruncatedFileIsReportedWithItsSizes() throws IOException {
        byte[] bytes = Files.readAllBytes(saved);
        int contentLength = bytes.length - HEADER - 4;
        Path cut = variant("cut.mfb", Arrays.copyOf(bytes, bytes.length - 100));
        assertEquals("is truncated: its header announces " + contentLength + " content bytes and a 4-byte checksum, "
                + "but only " + (contentLength + 4 - 100) + " bytes follow the header", readFailure(cut));
        Path headerOnly = variant("header.mfb", Arrays.copyOf(bytes, 12));
        assertEquals("is truncated: it has 12 bytes, fewer than the 20-byte header", readFailure(headerOnly));
    }

    @Test
    void anotherFormatVersionIsNamed() throws IOException {
        byte[] bytes = Files.readAllBytes(saved);
        ByteBuffer.wrap(bytes).putInt(8, 2);
        assertEquals("has format version 2, but this MolFuse reads version 1 only (it was written by a newer MolFuse)",
                readFailure(variant("v2.mfb", bytes)));
    }

    @Test
    void otherFilesAreNotBundles() throws IOException {
        String expected = "is not a MolFuse model bundle: it does not start with the bundle header";
        assertEquals(expected, readFailure(variant("table.csv",
                "smiles,solubility\nCCO,-0.77\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals(expected, readFailure(variant("empty.mfb", new byte[0])));
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = folder.resolve("missing.mfb");
        try (NDManager manager = NDManager.newBaseManager()) {
            NoSuchFileException e = assertThrows(NoSuchFileException.class,
                    () -> ModelBundle.read(missing, FACTORY, manager));
            assertEquals(missing + ": there is no model bundle at this path", e.getMessage());
        }
    }

    @Test
    void bytesAfterTheChecksumAreReported() throws IOException {
        byte[] bytes = Files.readAllBytes(saved);
        assertEquals("is damaged: 3 unexpected bytes follow its checksum",
                readFailure(variant("longer.mfb", Arrays.copyOf(bytes, bytes.length + 3))));
    }

    @Test
    void parametersOfAnotherArchitectureAreReported() {
        BlockFactory wider = json -> VectorExamples.mlp(32, 2);
        try (NDManager manager = NDManager.newBaseManager()) {
            InvalidModelBundleException e = assertThrows(InvalidModelBundleException.class,
                    () -> ModelBundle.read(saved, wider, manager));
            assertEquals("model bundle '" + saved + "' has parameters that do not fit its architecture: parameter "
                    + "01Linear_weight has shape (16, 4) in the file but the architecture makes (32, 4)", e.getMessage());
        }
        BlockFactory failing = json -> {
            throw new IllegalArgumentException("unknown layer type 'gat'");
        };
        try (NDManager manager = NDManager.newBaseManager()) {
            InvalidModelBundleException e = assertThrows(InvalidModelBundleException.class,
                    () -> ModelBundle.read(saved, failing, manager));
            assertEquals("model bundle '" + saved + "' has an architecture that could not be rebuilt: unknown layer "
                    + "type 'gat'", e.getMessage());
        }
    }

    @Test
    void inconsistentContentsAreRejectedBeforeWriting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ModelBundle(ARCHITECTURE,
                FEATURIZER, List.of("a", "b"), List.of(TaskKind.REGRESSION), TargetScaler.identity(2),
                VectorExamples.mlp(4, 2)));
        assertEquals("a model bundle needs one kind and one scaler entry per task: 2 names, 1 kinds, 2 scaler entries",
                e.getMessage());
        ModelBundle untrained = new ModelBundle(ARCHITECTURE, FEATURIZER, List.of("a", "b"), TASKS,
                TargetScaler.identity(2), VectorExamples.mlp(4, 2));
        assertThrows(IllegalStateException.class, () -> untrained.write(folder.resolve("untrained.mfb")));
    }
}
