package org.molfuse.knime.adapter;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.vector.doublevector.DoubleVectorCellFactory;
import org.knime.core.data.vector.doublevector.DoubleVectorValue;
import org.molfuse.core.data.ColumnType;

/** Which core column type a KNIME column becomes, and which KNIME type a core column becomes. */
final class KnimeColumnTypes {

    private KnimeColumnTypes() {
    }

    /**
     * The core type of a KNIME column. Any string-compatible column (plain strings, but also SMILES cells of the
     * chemistry extensions) is text, which is how MolFuse accepts SMILES without depending on a chemistry type
     * plug-in. Integers are checked before doubles because KNIME's integer cells are also doubles. Columns of any
     * other type travel through operators as opaque cells.
     */
    static ColumnType coreType(DataType type) {
        if (type.isCompatible(StringValue.class)) {
            return ColumnType.STRING;
        }
        if (type.isCompatible(IntValue.class)) {
            return ColumnType.INT;
        }
        if (type.isCompatible(DoubleValue.class)) {
            return ColumnType.DOUBLE;
        }
        if (type.isCompatible(DoubleVectorValue.class)) {
            return ColumnType.DOUBLE_VECTOR;
        }
        if (type.isCompatible(MoleculeGraphValue.class)) {
            return ColumnType.GRAPH;
        }
        return ColumnType.OTHER;
    }

    /** The KNIME type MolFuse writes a core column of {@code type} as. */
    static DataType knimeType(ColumnType type, String columnName) {
        return switch (type) {
            case STRING -> StringCell.TYPE;
            case DOUBLE -> DoubleCell.TYPE;
            case INT -> IntCell.TYPE;
            case DOUBLE_VECTOR -> DoubleVectorCellFactory.TYPE;
            case GRAPH -> MoleculeGraphCell.TYPE;
            case OTHER -> DataType.getType(DataCell.class);
            case BYTES -> throw new IllegalStateException("column '" + columnName
                    + "' holds raw bytes, which MolFuse does not put into KNIME tables");
        };
    }
}
