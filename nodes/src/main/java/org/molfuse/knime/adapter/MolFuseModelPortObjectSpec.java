package org.molfuse.knime.adapter;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Objects;
import java.util.zip.ZipEntry;
import javax.swing.JComponent;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectSpecZipInputStream;
import org.knime.core.node.port.PortObjectSpecZipOutputStream;
import org.molfuse.core.operator.ModelSpec;

/** What a MolFuse model port carries before execution: the core's {@link ModelSpec}. */
public final class MolFuseModelPortObjectSpec implements PortObjectSpec {

    private static final String ENTRY = "molfuse-model-spec.bin";

    private final ModelSpec modelSpec;

    public MolFuseModelPortObjectSpec(ModelSpec modelSpec) {
        this.modelSpec = Objects.requireNonNull(modelSpec, "modelSpec");
    }

    public ModelSpec modelSpec() {
        return modelSpec;
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MolFuseModelPortObjectSpec that && modelSpec.equals(that.modelSpec);
    }

    @Override
    public int hashCode() {
        return modelSpec.hashCode();
    }

    @Override
    public String toString() {
        return ModelSpecCodec.describe(modelSpec);
    }

    /** Saves the spec as one zip entry in {@link ModelSpecCodec}'s form; registered at org.knime.core.PortType. */
    public static final class Serializer extends PortObjectSpecSerializer<MolFuseModelPortObjectSpec> {

        @Override
        public void savePortObjectSpec(MolFuseModelPortObjectSpec spec, PortObjectSpecZipOutputStream out)
                throws IOException {
            out.putNextEntry(new ZipEntry(ENTRY));
            DataOutputStream data = new DataOutputStream(out);
            ModelSpecCodec.write(spec.modelSpec, data);
            data.flush();
            out.closeEntry();
        }

        @Override
        public MolFuseModelPortObjectSpec loadPortObjectSpec(PortObjectSpecZipInputStream in) throws IOException {
            ZipEntry entry = in.getNextEntry();
            if (entry == null || !ENTRY.equals(entry.getName())) {
                throw new IOException("not a MolFuse model spec: expected entry " + ENTRY + ", found "
                        + (entry == null ? "none" : entry.getName()));
            }
            return new MolFuseModelPortObjectSpec(ModelSpecCodec.read(new DataInputStream(in)));
        }
    }
}
