package org.molfuse.knime.adapter;

import java.io.IOException;
import java.util.Objects;
import java.util.zip.ZipEntry;
import javax.swing.JComponent;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;
import org.molfuse.core.operator.PortValue;

/**
 * A trained MolFuse model on a KNIME port: the model bundle's bytes and its spec. Bytes, not live weights, as the
 * core's {@link PortValue.ModelValue} explains; saved as one zip entry holding the bundle file as is.
 */
public final class MolFuseModelPortObject implements PortObject {

    /** The MolFuse model port type, registered at org.knime.core.PortType. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(MolFuseModelPortObject.class);

    /** The same port type for an input that may stay unconnected. */
    public static final PortType TYPE_OPTIONAL =
            PortTypeRegistry.getInstance().getPortType(MolFuseModelPortObject.class, true);

    private static final String ENTRY = "molfuse-model.bundle";

    private final MolFuseModelPortObjectSpec spec;
    private final byte[] bundle;

    public MolFuseModelPortObject(PortValue.ModelValue model) {
        this(new MolFuseModelPortObjectSpec(model.spec()), model.bundle());
    }

    private MolFuseModelPortObject(MolFuseModelPortObjectSpec spec, byte[] bundle) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.bundle = Objects.requireNonNull(bundle, "bundle");
    }

    /** The model as the core's operators take it. */
    public PortValue.ModelValue toModelValue() {
        return new PortValue.ModelValue(spec.modelSpec(), bundle);
    }

    @Override
    public String getSummary() {
        return ModelSpecCodec.describe(spec.modelSpec()) + " (" + bundle.length / 1024 + " KiB)";
    }

    // narrowed return type: KNIME derives the port's spec class from it
    @Override
    public MolFuseModelPortObjectSpec getSpec() {
        return spec;
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    /** Saves the bundle bytes as one zip entry; the spec is saved separately by KNIME. */
    public static final class Serializer extends PortObjectSerializer<MolFuseModelPortObject> {

        @Override
        public void savePortObject(MolFuseModelPortObject model, PortObjectZipOutputStream out, ExecutionMonitor exec)
                throws IOException, CanceledExecutionException {
            out.putNextEntry(new ZipEntry(ENTRY));
            out.write(model.bundle);
            out.closeEntry();
        }

        @Override
        public MolFuseModelPortObject loadPortObject(PortObjectZipInputStream in, PortObjectSpec spec,
                ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            ZipEntry entry = in.getNextEntry();
            if (entry == null || !ENTRY.equals(entry.getName())) {
                throw new IOException("not a MolFuse model: expected entry " + ENTRY + ", found "
                        + (entry == null ? "none" : entry.getName()));
            }
            if (!(spec instanceof MolFuseModelPortObjectSpec modelSpec)) {
                throw new IOException("a MolFuse model needs a MolFuse model spec, got "
                        + (spec == null ? "none" : spec.getClass().getSimpleName()));
            }
            return new MolFuseModelPortObject(modelSpec, in.readAllBytes());
        }
    }
}
