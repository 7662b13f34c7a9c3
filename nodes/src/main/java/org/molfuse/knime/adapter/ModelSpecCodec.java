package org.molfuse.knime.adapter;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.molfuse.core.operator.ModelSpec;
import org.molfuse.core.train.TaskKind;

/** The binary form of a {@link ModelSpec} in a saved model port, and its one-line summary for port tooltips. */
public final class ModelSpecCodec {

    private static final byte VERSION = 1;

    private ModelSpecCodec() {
    }

    public static void write(ModelSpec spec, DataOutput out) throws IOException {
        out.writeByte(VERSION);
        out.writeUTF(spec.modelType());
        out.writeInt(spec.taskNames().size());
        for (int task = 0; task < spec.taskNames().size(); task++) {
            out.writeUTF(spec.taskNames().get(task));
            out.writeUTF(spec.taskKinds().get(task).name());
        }
        out.writeInt(spec.embeddingSize());
    }

    /** Reads a spec written by {@link #write}; anything else gives an {@link IOException} that says what is wrong. */
    public static ModelSpec read(DataInput in) throws IOException {
        byte version = in.readByte();
        if (version != VERSION) {
            throw new IOException("unknown model spec format version " + version + " (this MolFuse reads " + VERSION
                    + ")");
        }
        String type = in.readUTF();
        int tasks = in.readInt();
        if (tasks < 0 || tasks > 100_000) {
            throw new IOException("damaged model spec: " + tasks + " tasks");
        }
        List<String> names = new ArrayList<>();
        List<TaskKind> kinds = new ArrayList<>();
        for (int task = 0; task < tasks; task++) {
            names.add(in.readUTF());
            String kind = in.readUTF();
            try {
                kinds.add(TaskKind.valueOf(kind));
            } catch (IllegalArgumentException e) {
                throw new IOException("damaged model spec: unknown task kind '" + kind + "'", e);
            }
        }
        return new ModelSpec(type, names, kinds, in.readInt());
    }

    /** E.g. "gnn model, 2 tasks: logS (regression), p_np (binary classification)". */
    public static String describe(ModelSpec spec) {
        StringJoiner tasks = new StringJoiner(", ");
        for (int task = 0; task < spec.taskNames().size(); task++) {
            tasks.add(spec.taskNames().get(task) + " (" + spec.taskKinds().get(task).label() + ")");
        }
        int count = spec.taskNames().size();
        return spec.modelType() + " model, " + count + (count == 1 ? " task: " : " tasks: ") + tasks;
    }
}
