package org.molfuse.core.operator;

import java.util.Set;
import org.molfuse.core.data.ColumnType;

/** Settings that many operators share, declared once so that their keys and texts agree everywhere. */
public final class CommonParameters {

    /** Column names picked first for a SMILES setting (MoleculeNet's BACE calls its SMILES column "mol"). */
    private static final String SMILES_NAMES = ".*smiles.*|mol";

    public static final String SMILES_COLUMN = "smiles_column";
    public static final String SEED = "seed";

    private CommonParameters() {
    }

    /** The column of SMILES strings in input table {@code port}: any text column. */
    public static Parameter.ColumnName smilesColumn(int port) {
        return new Parameter.ColumnName(SMILES_COLUMN, "SMILES column",
                "The column holding the molecules as SMILES text (any text column; a column whose name contains "
                        + "'smiles' is picked by default). Missing and invalid SMILES keep their row and get "
                        + "missing results with the reason.",
                port, Set.of(ColumnType.STRING), SMILES_NAMES, false);
    }

    /** The random seed; the same seed gives the same result. */
    public static Parameter.Int seed(String what) {
        return new Parameter.Int(SEED, "Random seed", "Seed of " + what + "; the same seed gives the same result.",
                0, 0, Integer.MAX_VALUE);
    }
}
