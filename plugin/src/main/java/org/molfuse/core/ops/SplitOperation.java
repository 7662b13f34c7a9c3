package org.molfuse.core.ops;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.molfuse.core.chem.BatchFeaturizer;
import org.molfuse.core.chem.MoleculeStandardizer;
import org.molfuse.core.chem.RowResult;
import org.molfuse.core.chem.Scaffolds;
import org.molfuse.core.chem.StandardizedMolecule;
import org.molfuse.core.data.DoubleColumn;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;
import org.molfuse.core.eval.RandomSplitter;
import org.molfuse.core.eval.ScaffoldSplitter;
import org.molfuse.core.eval.Split;
import org.molfuse.core.eval.SplitFractions;
import org.molfuse.core.eval.StratifiedSplitter;

/**
 * Splits a table of molecules into train, validation and test rows. Every row lands in exactly one subset, invalid
 * SMILES included: for a scaffold split each invalid molecule forms a group of its own.
 */
public final class SplitOperation {

    /** How rows are assigned. */
    public enum Method {
        RANDOM, SCAFFOLD, STRATIFIED;

        public static Method parse(String text) {
            for (Method method : values()) {
                if (method.name().equalsIgnoreCase(text.trim())) {
                    return method;
                }
            }
            throw new IllegalArgumentException("unknown split method '" + text + "'; use random, scaffold or stratified");
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What to split on; {@code labelColumn} is needed by the stratified method only. */
    public record Settings(Method method, SplitFractions fractions, long seed, String smilesColumn, String labelColumn) {
        public Settings {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(fractions, "fractions");
        }
    }

    /** The split plus the per-row scaffolds it used (null entries for the other methods or invalid molecules). */
    public record Result(Split split, String[] scaffolds) {
    }

    private SplitOperation() {
    }

    public static Result split(Table table, Settings settings, MoleculeStandardizer standardizer) {
        return switch (settings.method()) {
            case RANDOM -> new Result(new RandomSplitter(settings.fractions()).split(table.rowCount(), settings.seed()),
                    new String[table.rowCount()]);
            case STRATIFIED -> new Result(new StratifiedSplitter(settings.fractions())
                    .split(labels(table, settings.labelColumn()), settings.seed()), new String[table.rowCount()]);
            case SCAFFOLD -> {
                String[] scaffolds = scaffolds(table.stringColumn(requireSmilesColumn(settings)), standardizer);
                yield new Result(new ScaffoldSplitter(settings.fractions()).split(scaffolds, settings.seed()), scaffolds);
            }
        };
    }

    /** The three subsets as tables, in train, validation, test order. */
    public static List<Table> subsets(Table table, Split split) {
        return List.of(table.select(split.train()), table.select(split.valid()), table.select(split.test()));
    }

    /** Bemis–Murcko scaffold per row of standardized molecules; null where the SMILES is missing or invalid. */
    static String[] scaffolds(StringColumn smiles, MoleculeStandardizer standardizer) {
        // a missing cell is a null input, which the standardizer reports as empty
        List<String> inputs = smiles.toList();
        return new BatchFeaturizer().map(inputs, text -> {
            StandardizedMolecule molecule = standardizer.standardize(text);
            return molecule.isValid() ? Scaffolds.murckoSmiles(molecule.molecule()) : null;
        }).stream().map(RowResult::value).toArray(String[]::new);
    }

    private static String requireSmilesColumn(Settings settings) {
        if (settings.smilesColumn() == null) {
            throw new IllegalArgumentException("a scaffold split needs the SMILES column (--smiles-column)");
        }
        return settings.smilesColumn();
    }

    private static double[] labels(Table table, String labelColumn) {
        if (labelColumn == null) {
            throw new IllegalArgumentException("a stratified split needs a classification label column (--label-column)");
        }
        return table.numberColumn(labelColumn).toArray(Double.NaN);
    }
}
