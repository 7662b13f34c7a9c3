package org.molfuse.core.train;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.ParameterList;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;

/**
 * Everything needed to predict with a trained model, in one file: the architecture and featurizer configurations
 * (opaque JSON the caller supplies), the task names and kinds, the target scaler and the block's parameters. A bundle
 * without tasks holds an encoder alone, such as a pretrained language model.
 *
 * <p>File layout (big-endian): the 8 ASCII bytes {@code MFBUNDLE}, the format version (int), the content length
 * (long), the content, and the CRC32 of the content (int). The content holds four length-prefixed sections: the
 * metadata JSON (tasks and scaler), the architecture JSON, the featurizer JSON, and the parameters in DJL's block
 * encoding. On reading, the parameter shapes are checked against the architecture (DJL alone would load a layer of
 * another width without complaint). Files are written to a temporary file in the same folder and then moved over the target, so a reader
 * never sees half a bundle. Reading a file of another version, a truncated or damaged file, or any other file fails
 * with an {@link InvalidModelBundleException} naming the file and the problem.
 */
public record ModelBundle(String architectureJson, String featurizerJson, List<String> taskNames,
        List<TaskKind> taskKinds, TargetScaler scaler, Block block) {

    /** The format version this class writes and reads. */
    public static final int FORMAT_VERSION = 1;

    private static final byte[] MAGIC = "MFBUNDLE".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_BYTES = MAGIC.length + Integer.BYTES + Long.BYTES;
    private static final ObjectMapper JSON = new ObjectMapper();

    public ModelBundle {
        Objects.requireNonNull(architectureJson, "architectureJson");
        Objects.requireNonNull(featurizerJson, "featurizerJson");
        taskNames = List.copyOf(Objects.requireNonNull(taskNames, "taskNames"));
        taskKinds = List.copyOf(Objects.requireNonNull(taskKinds, "taskKinds"));
        Objects.requireNonNull(scaler, "scaler");
        Objects.requireNonNull(block, "block");
        if (taskKinds.size() != taskNames.size() || scaler.taskCount() != taskNames.size()) {
            throw new IllegalArgumentException("a model bundle needs one kind and one scaler entry per task: "
                    + taskNames.size() + " names, " + taskKinds.size() + " kinds, " + scaler.taskCount()
                    + " scaler entries");
        }
        if (new HashSet<>(taskNames).size() != taskNames.size()) {
            throw new IllegalArgumentException("task names must be unique, got " + taskNames);
        }
    }

    /** Writes the bundle to {@code file} atomically (temporary file in the same folder, then a move). */
    public void write(Path file) throws IOException {
        byte[] bytes = toBytes();
        Path target = file.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The bundle file's bytes: header, content and checksum, as {@link #write(Path)} stores them. */
    public byte[] toBytes() throws IOException {
        if (!block.isInitialized()) {
            throw new IllegalStateException("the block has no parameters yet; train or load it before saving");
        }
        byte[] content = content();
        CRC32 crc = new CRC32();
        crc.update(content);
        return ByteBuffer.allocate(HEADER_BYTES + content.length + Integer.BYTES).put(MAGIC).putInt(FORMAT_VERSION)
                .putLong(content.length).put(content).putInt((int) crc.getValue()).array();
    }

    private byte[] content() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            List<TaskEntry> tasks = new ArrayList<>();
            for (int task = 0; task < taskNames.size(); task++) {
                tasks.add(new TaskEntry(taskNames.get(task), taskKinds.get(task)));
            }
            writeSection(out, JSON.writeValueAsBytes(new Metadata(tasks, scaler)));
            writeSection(out, architectureJson.getBytes(StandardCharsets.UTF_8));
            writeSection(out, featurizerJson.getBytes(StandardCharsets.UTF_8));
            writeSection(out, ParameterSnapshot.capture(block));
        }
        return bytes.toByteArray();
    }

    private static void writeSection(DataOutputStream out, byte[] section) throws IOException {
        out.writeInt(section.length);
        out.write(section);
    }

    /**
     * Reads a bundle: checks header, version, length and checksum, rebuilds the block with {@code factory} from the
     * architecture JSON and loads its parameters into {@code manager}.
     */
    public static ModelBundle read(Path file, BlockFactory factory, NDManager manager) throws IOException {
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(manager, "manager");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "there is no model bundle at this path");
        }
        return fromBytes(bytes, file.toString(), factory, manager);
    }

    /**
     * Reads a bundle from the bytes {@link #toBytes()} made; {@code source} names their origin in error messages.
     */
    public static ModelBundle fromBytes(byte[] bytes, String source, BlockFactory factory, NDManager manager)
            throws IOException {
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(manager, "manager");
        byte[] content = checkedContent(source, bytes);
        Metadata metadata;
        String architecture;
        String featurizer;
        byte[] parameters;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(content))) {
            metadata = JSON.readValue(readSection(in), Metadata.class);
            architecture = new String(readSection(in), StandardCharsets.UTF_8);
            featurizer = new String(readSection(in), StandardCharsets.UTF_8);
            parameters = readSection(in);
            if (in.available() > 0) {
                throw new IOException(in.available() + " bytes follow the last section");
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidModelBundleException(source, "has malformed content: " + e.getMessage(), e);
        }
        Block block;
        try {
            block = Objects.requireNonNull(factory.create(architecture), "the block factory returned no block");
        } catch (RuntimeException e) {
            throw new InvalidModelBundleException(source, "has an architecture that could not be rebuilt: "
                    + e.getMessage(), e);
        }
        try {
            ParameterSnapshot.load(block, parameters, manager);
            requireArchitectureShapes(block, factory.create(architecture), manager);
        } catch (MalformedModelException | RuntimeException e) {
            throw new InvalidModelBundleException(source, "has parameters that do not fit its architecture: "
                    + e.getMessage(), e);
        }
        try {
            List<String> names = metadata.tasks().stream().map(TaskEntry::name).toList();
            List<TaskKind> kinds = metadata.tasks().stream().map(TaskEntry::kind).toList();
            return new ModelBundle(architecture, featurizer, names, kinds, metadata.scaler(), block);
        } catch (RuntimeException e) {
            throw new InvalidModelBundleException(source, "has inconsistent task metadata: " + e.getMessage(), e);
        }
    }

    /**
     * DJL loads parameters of any shape into any block with the same parameter names, so a narrower or wider layer
     * would load silently: compare with a reference block of the architecture initialized for the same inputs.
     */
    private static void requireArchitectureShapes(Block loaded, Block reference, NDManager manager)
            throws MalformedModelException {
        Shape[] inputs = loaded.getInputShapes();
        if (inputs == null) {
            return; // a block that does not record its input shapes cannot be checked this way
        }
        try (NDManager probe = manager.newSubManager()) {
            reference.initialize(probe, DataType.FLOAT32, inputs);
            ParameterList expected = reference.getParameters();
            ParameterList actual = loaded.getParameters();
            if (expected.size() != actual.size()) {
                throw new MalformedModelException("the file has " + actual.size() + " parameters but the architecture "
                        + "has " + expected.size());
            }
            for (int i = 0; i < expected.size(); i++) {
                Shape expectedShape = expected.valueAt(i).getShape();
                Shape actualShape = actual.valueAt(i).getShape();
                if (!expectedShape.equals(actualShape)) {
                    throw new MalformedModelException("parameter " + actual.keyAt(i) + " has shape "
                            + actualShape + " in the file but the architecture makes " + expectedShape);
                }
            }
        }
    }

    private static byte[] checkedContent(String source, byte[] bytes) throws InvalidModelBundleException {
        int magicBytes = Math.min(bytes.length, MAGIC.length);
        if (!Arrays.equals(bytes, 0, magicBytes, MAGIC, 0, magicBytes) || bytes.length == 0) {
            throw new InvalidModelBundleException(source, "is not a MolFuse model bundle: it does not start with the "
                    + "bundle header");
        }
        if (bytes.length < HEADER_BYTES) {
            throw new InvalidModelBundleException(source, "is truncated: it has " + bytes.length + " bytes, fewer than "
                    + "the " + HEADER_BYTES + "-byte header");
        }
        ByteBuffer header = ByteBuffer.wrap(bytes, MAGIC.length, HEADER_BYTES - MAGIC.length);
        int version = header.getInt();
        if (version != FORMAT_VERSION) {
            throw new InvalidModelBundleException(source, "has format version " + version + ", but this MolFuse reads "
                    + "version " + FORMAT_VERSION + " only" + (version > FORMAT_VERSION
                            ? " (it was written by a newer MolFuse)" : ""));
        }
        long length = header.getLong();
        long following = bytes.length - HEADER_BYTES;
        if (length < 0 || length + Integer.BYTES > following) {
            throw new InvalidModelBundleException(source, "is truncated: its header announces " + length
                    + " content bytes and a 4-byte checksum, but only " + following + " bytes follow the header");
        }
        if (length + Integer.BYTES < following) {
            throw new InvalidModelBundleException(source, "is damaged: " + (following - length - Integer.BYTES)
                    + " unexpected bytes follow its checksum");
        }
        byte[] content = Arrays.copyOfRange(bytes, HEADER_BYTES, HEADER_BYTES + (int) length);
        CRC32 crc = new CRC32();
        crc.update(content);
        int stored = ByteBuffer.wrap(bytes, HEADER_BYTES + (int) length, Integer.BYTES).getInt();
        if (stored != (int) crc.getValue()) {
            throw new InvalidModelBundleException(source, String.format("is corrupted: the content checksum does not "
                    + "match (stored %08x, computed %08x)", stored, (int) crc.getValue()));
        }
        return content;
    }

    private static byte[] readSection(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("a section announces " + length + " bytes but " + in.available() + " remain");
        }
        return in.readNBytes(length);
    }

    /** The metadata section as JSON. */
    record Metadata(List<TaskEntry> tasks, TargetScaler scaler) {
    }

    /** One task in the metadata section. */
    record TaskEntry(String name, TaskKind kind) {
    }
}
