package org.molfuse.core.operator;

import java.util.Objects;
import org.molfuse.core.data.Table;

/** The content of a port at execution: a table, or a trained model as its bundle bytes. */
public sealed interface PortValue permits PortValue.TableValue, PortValue.ModelValue {

    PortSpec spec();

    static TableValue of(Table table) {
        return new TableValue(table);
    }

    /** A table port's content. */
    record TableValue(Table table) implements PortValue {
        public TableValue {
            Objects.requireNonNull(table, "table");
        }

        @Override
        public TableSpec spec() {
            return TableSpec.of(table);
        }
    }

    /**
     * A model port's content. The model travels as the bytes of its bundle file, not as live weights, because hosts
     * persist and copy port contents freely and native tensors must not outlive the operator that made them.
     */
    record ModelValue(ModelSpec spec, byte[] bundle) implements PortValue {
        public ModelValue {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(bundle, "bundle");
            bundle = bundle.clone();
        }

        @Override
        public byte[] bundle() {
            return bundle.clone();
        }
    }
}
