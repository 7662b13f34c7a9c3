package org.molfuse.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.molfuse.core.operator.ModelSpec;
import org.molfuse.core.train.TaskKind;

class ModelSpecCodecTest {

    private static final ModelSpec TWO_TASKS = new ModelSpec("gnn", List.of("logS", "p_np"),
            List.of(TaskKind.REGRESSION, TaskKind.BINARY_CLASSIFICATION), 300);

    @Test
    void roundTrips() throws IOException {
        assertEquals(TWO_TASKS, read(write(TWO_TASKS)));
        ModelSpec none = new ModelSpec("gnn", List.of(), List.of(), 0);
        assertEquals(none, read(write(none)));
    }

    @Test
    void describesTheTasksForThePortTooltip() {
        assertEquals("gnn model, 2 tasks: logS (regression), p_np (binary classification)",
                ModelSpecCodec.describe(TWO_TASKS));
        assertEquals("gnn model, 1 task: y (regression)", ModelSpecCodec.describe(
                new ModelSpec("gnn", List.of("y"), List.of(TaskKind.REGRESSION), 8)));
    }

    @Test
    void rejectsAnUnknownTaskKind() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(1);
        out.writeUTF("gnn");
        out.writeInt(1);
        out.writeUTF("y");
        out.writeUTF("ORDINAL");
        out.writeInt(0);
        IOException error = assertThrows(IOException.class, () -> read(bytes.toByteArray()));
        assertTrue(error.getMessage().contains("ORDINAL"), error.getMessage());
    }

    @Test
    void rejectsAnUnknownVersion() throws IOException {
        byte[] bytes = write(TWO_TASKS);
        bytes[0] = 2;
        assertThrows(IOException.class, () -> read(bytes));
    }

    private static byte[] write(ModelSpec spec) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelSpecCodec.write(spec, new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    private static ModelSpec read(byte[] bytes) throws IOException {
        return ModelSpecCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)));
    }
}
