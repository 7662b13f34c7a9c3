package org.molfuse.core.train;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A block's parameters as bytes (DJL's own parameter encoding), for in-memory checkpoints and bundles. */
final class ParameterSnapshot {

    private ParameterSnapshot() {
    }

    static byte[] capture(Block block) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // the scope closes any temporary array the encoder makes, so checkpoints leave no native memory behind
        try (NDScope scope = new NDScope(); DataOutputStream out = new DataOutputStream(bytes)) {
            block.saveParameters(out);
        } catch (IOException e) {
            throw new UncheckedIOException("the model parameters could not be written", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Loads {@code snapshot} into {@code block} with new arrays in {@code manager}, closes the arrays they replace and
     * lets trainable parameters record gradients again (loading alone does not).
     */
    static void restore(Block block, byte[] snapshot, NDManager manager) throws MalformedModelException {
        List<NDArray> replaced = new ArrayList<>();
        for (Parameter parameter : block.getParameters().values()) {
            if (parameter.isInitialized()) {
                replaced.add(parameter.getArray());
            }
        }
        load(block, snapshot, manager);
        replaced.forEach(NDArray::close);
    }

    static void load(Block block, byte[] snapshot, NDManager manager) throws MalformedModelException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot))) {
            block.loadParameters(manager, in);
            if (in.available() > 0) {
                throw new MalformedModelException(in.available() + " parameter bytes were left over after the "
                        + "block's last parameter");
            }
        } catch (IOException e) {
            throw new MalformedModelException("the parameters end early or are malformed: " + e, e);
        }
        for (Parameter parameter : block.getParameters().values()) {
            if (parameter.requiresGradient() && parameter.isInitialized() && !parameter.getArray().hasGradient()) {
                parameter.getArray().setRequiresGradient(true);
            }
        }
    }
}
