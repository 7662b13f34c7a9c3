package org.molfuse.core.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.molfuse.core.chem.BatchFeaturizer;
import org.molfuse.core.chem.Descriptors;
import org.molfuse.core.chem.FingerprintType;
import org.molfuse.core.chem.Fingerprints;
import org.molfuse.core.chem.RowResult;
import org.molfuse.core.chem.MoleculeStandardizer;
import org.molfuse.core.chem.StandardizedMolecule;
import org.molfuse.core.chem.StandardizerOptions;
import org.molfuse.core.chem.ValidationReason;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.DoubleColumn;
import org.molfuse.core.data.DoubleVectorColumn;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;

/**
 * Standardizes a SMILES column and appends validity, standardized SMILES and, on request, a fingerprint and the
 * default descriptors. Every input row comes out in its place: an invalid molecule gets missing feature cells that
 * carry the validation reason.
 */
public final class FeaturizeOperation {

    public static final String STANDARDIZED_SMILES = "standardized_smiles";
    public static final String VALID = "valid";
    public static final String REASON = "reason";
    public static final String REASON_DETAIL = "reason_detail";

    /** What to compute; {@code fingerprint} null means none. */
    public record Settings(String smilesColumn, StandardizerOptions standardizer, FingerprintType fingerprint,
            int fingerprintLength, boolean fingerprintCounts, boolean descriptors, int threads) {
        public Settings {
            Objects.requireNonNull(smilesColumn, "smilesColumn");
            Objects.requireNonNull(standardizer, "standardizer");
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
            if (fingerprintCounts && fingerprint == FingerprintType.MACCS) {
                throw new IllegalArgumentException("fingerprint counts exist for ECFP4 and ECFP6 only, not MACCS");
            }
        }
    }

    /**
     * Everything kept for one distinct input SMILES; the CDK molecule itself is dropped once featurized, because
     * holding tens of thousands of atom containers would cost gigabytes.
     */
    private record Features(boolean valid, String canonicalSmiles, ValidationReason reason, String message,
            double[] fingerprint, double[] descriptors) {

        /** A row whose featurization threw: kept, invalid, with the error as its reason. */
        static Features failed(String error) {
            return new Features(false, null, ValidationReason.FEATURIZATION_FAILED, error, null, null);
        }

        static Features of(StandardizedMolecule molecule, double[] fingerprint, double[] descriptors) {
            return new Features(molecule.isValid(), molecule.canonicalSmiles(), molecule.reason(), molecule.message(),
                    fingerprint, descriptors);
        }
    }

    private FeaturizeOperation() {
    }

    public static Table execute(Table input, Settings settings, DoubleConsumer progress, BooleanSupplier cancelled) {
        StringColumn smiles = input.stringColumn(settings.smilesColumn());
        MoleculeStandardizer standardizer = new MoleculeStandardizer(settings.standardizer());
        Fingerprints fingerprints = settings.fingerprint() == null ? null
                : Fingerprints.of(settings.fingerprint(), settings.fingerprint() == FingerprintType.MACCS
                        ? Fingerprints.MACCS_LENGTH : settings.fingerprintLength());
        Descriptors descriptors = settings.descriptors() ? new Descriptors() : null;

        // a missing cell is a null input, which the standardizer reports as empty
        List<String> inputs = smiles.toList();
        List<RowResult<Features>> results = new BatchFeaturizer(settings.threads()).map(inputs, text -> {
            StandardizedMolecule molecule = standardizer.standardize(text);
            if (!molecule.isValid()) {
                return Features.of(molecule, null, null);
            }
            return Features.of(molecule,
                    fingerprints == null ? null : fingerprints.vector(molecule.molecule(), settings.fingerprintCounts()),
                    descriptors == null ? null : descriptors.compute(molecule.molecule()));
        }, progress, cancelled);
        List<Features> features = results.stream()
                .map(result -> result.isOk() ? result.value() : Features.failed(result.error())).toList();

        List<Column> added = new ArrayList<>();
        added.add(standardizedSmiles(input, features));
        added.add(flags(input, features));
        added.addAll(reasons(input, features));
        if (fingerprints != null) {
            added.add(fingerprintColumn(input, features, fingerprints.type().name().toLowerCase(Locale.ROOT),
                    fingerprints.length()));
        }
        if (descriptors != null) {
            added.addAll(descriptorColumns(input, features, descriptors.names()));
        }
        return input.withColumns(added);
    }

    private static Column standardizedSmiles(Table input, List<Features> features) {
        StringColumn.Builder column = StringColumn.builder(input.uniqueName(STANDARDIZED_SMILES));
        for (Features row : features) {
            if (row.valid()) {
                column.add(row.canonicalSmiles());
            } else {
                column.addMissing(row.message());
            }
        }
        return column.build();
    }

    private static Column flags(Table input, List<Features> features) {
        StringColumn.Builder column = StringColumn.builder(input.uniqueName(VALID));
        features.forEach(row -> column.add(Boolean.toString(row.valid())));
        return column.build();
    }

    private static List<Column> reasons(Table input, List<Features> features) {
        StringColumn.Builder codes = StringColumn.builder(input.uniqueName(REASON));
        StringColumn.Builder details = StringColumn.builder(input.uniqueName(REASON_DETAIL));
        for (Features row : features) {
            codes.add(row.reason().code());
            if (row.valid()) {
                details.addMissing();
            } else {
                details.add(row.message());
            }
        }
        return List.of(codes.build(), details.build());
    }

    private static Column fingerprintColumn(Table input, List<Features> features, String name, int length) {
        // the length is fixed even when every row is invalid, so every batch of a file gets the same columns
        DoubleVectorColumn.Builder column = DoubleVectorColumn.builder(input.uniqueName(name), length);
        for (Features row : features) {
            if (row.fingerprint() != null) {
                column.add(row.fingerprint());
            } else {
                column.addMissing(row.message());
            }
        }
        return column.build();
    }

    private static List<Column> descriptorColumns(Table input, List<Features> features, List<String> names) {
        List<Column> columns = new ArrayList<>();
        for (int d = 0; d < names.size(); d++) {
            DoubleColumn.Builder column = DoubleColumn.builder(input.uniqueName(names.get(d)));
            for (Features row : features) {
                if (row.descriptors() == null) {
                    column.addMissing(row.message());
                } else if (Double.isNaN(row.descriptors()[d])) {
                    column.addMissing("CDK could not compute " + names.get(d) + " for this molecule");
                } else {
                    column.add(row.descriptors()[d]);
                }
            }
            columns.add(column.build());
        }
        return columns;
    }
}
