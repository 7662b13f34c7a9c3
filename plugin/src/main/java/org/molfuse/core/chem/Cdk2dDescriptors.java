package org.molfuse.core.chem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.qsar.DescriptorValue;
import org.openscience.cdk.qsar.IMolecularDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.ALOGPDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.APolDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.AcidicGroupCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.AromaticAtomsCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.AromaticBondsCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.AtomCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.AutocorrelationDescriptorCharge;
import org.openscience.cdk.qsar.descriptors.molecular.AutocorrelationDescriptorMass;
import org.openscience.cdk.qsar.descriptors.molecular.AutocorrelationDescriptorPolarizability;
import org.openscience.cdk.qsar.descriptors.molecular.BCUTDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.BPolDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.BasicGroupCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.BondCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.CarbonTypesDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.EccentricConnectivityIndexDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.FMFDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.FractionalCSP3Descriptor;
import org.openscience.cdk.qsar.descriptors.molecular.FractionalPSADescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.FragmentComplexityDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.HBondAcceptorCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.HBondDonorCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.HybridizationRatioDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.JPlogPDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.KappaShapeIndicesDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.KierHallSmartsDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.LargestChainDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.LargestPiSystemDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.LongestAliphaticChainDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.MDEDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.MannholdLogPDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.PetitjeanNumberDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.RotatableBondsCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.RuleOfFiveDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.SmallRingDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.SpiroAtomCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.TPSADescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.VABCDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.VAdjMaDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.WeightDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.WeightedPathDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.WienerNumbersDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.XLogPDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.ZagrebIndexDescriptor;
import org.openscience.cdk.qsar.result.BooleanResult;
import org.openscience.cdk.qsar.result.DoubleArrayResult;
import org.openscience.cdk.qsar.result.DoubleResult;
import org.openscience.cdk.qsar.result.IDescriptorResult;
import org.openscience.cdk.qsar.result.IntegerArrayResult;
import org.openscience.cdk.qsar.result.IntegerResult;
import org.openscience.cdk.silent.SilentChemObjectBuilder;

/**
 * The two-dimensional molecular descriptors of CDK's {@code cdk-qsarmolecular} module with its default settings, the
 * CDK counterpart of the RDKit 2D set behind chemprop's {@code rdkit_2d} features: counts, topological indices
 * (kappa, Wiener, Zagreb, MDE, BCUT, autocorrelations), logP and polarizability estimates and Kier-Hall E-state
 * counts, one {@code double} per {@link #names()} entry. Left out: descriptors that need 3D coordinates (WHIM, CPSA,
 * moment of inertia, gravitational index, length over breadth, Petitjean shape), and CDK's chi indices, which match
 * every path and cluster subgraph and took 170 of the 180 ms per BACE molecule that the whole set needed.
 *
 * <p>A descriptor CDK cannot compute for a molecule gives NaN in all its columns; {@link #compute} never throws for a
 * chemical reason. Thread-safe: each thread keeps its own descriptor objects (several parse SMARTS when made), and
 * each call works on a copy of the molecule, since some descriptors perceive or add properties.
 */
public final class Cdk2dDescriptors {

    /** A descriptor constructor; ALOGP's declares CDKException. */
    private interface Kind {
        IMolecularDescriptor create() throws CDKException;
    }

    private static final List<Kind> KINDS = List.of(
            ALOGPDescriptor::new, APolDescriptor::new, AcidicGroupCountDescriptor::new,
            AromaticAtomsCountDescriptor::new, AromaticBondsCountDescriptor::new, AtomCountDescriptor::new,
            AutocorrelationDescriptorCharge::new, AutocorrelationDescriptorMass::new,
            AutocorrelationDescriptorPolarizability::new, BCUTDescriptor::new, BPolDescriptor::new,
            BasicGroupCountDescriptor::new, BondCountDescriptor::new, CarbonTypesDescriptor::new,
            EccentricConnectivityIndexDescriptor::new, FMFDescriptor::new, FractionalCSP3Descriptor::new,
            FractionalPSADescriptor::new, FragmentComplexityDescriptor::new, HBondAcceptorCountDescriptor::new,
            HBondDonorCountDescriptor::new, HybridizationRatioDescriptor::new, JPlogPDescriptor::new,
            KappaShapeIndicesDescriptor::new, KierHallSmartsDescriptor::new, LargestChainDescriptor::new,
            LargestPiSystemDescriptor::new, LongestAliphaticChainDescriptor::new, MDEDescriptor::new,
            MannholdLogPDescriptor::new, PetitjeanNumberDescriptor::new, RotatableBondsCountDescriptor::new,
            RuleOfFiveDescriptor::new, SmallRingDescriptor::new, SpiroAtomCountDescriptor::new, TPSADescriptor::new,
            VABCDescriptor::new, VAdjMaDescriptor::new, WeightDescriptor::new, WeightedPathDescriptor::new,
            WienerNumbersDescriptor::new, XLogPDescriptor::new, ZagrebIndexDescriptor::new);

    private static final ThreadLocal<List<IMolecularDescriptor>> DESCRIPTORS =
            ThreadLocal.withInitial(Cdk2dDescriptors::newDescriptors);

    private static final List<String> NAMES = names(DESCRIPTORS.get());

    /** Column names, {@code <descriptor class>.<CDK value name>}, in the order of {@link #compute}'s values. */
    public List<String> names() {
        return NAMES;
    }

    /** One value per {@link #names()} entry; NaN where CDK fails on this molecule. */
    public double[] compute(IAtomContainer molecule) {
        Objects.requireNonNull(molecule, "molecule");
        double[] values = new double[NAMES.size()];
        Arrays.fill(values, Double.NaN);
        IAtomContainer copy;
        try {
            copy = molecule.clone();
        } catch (CloneNotSupportedException | RuntimeException e) {
            return values;
        }
        int offset = 0;
        for (IMolecularDescriptor descriptor : DESCRIPTORS.get()) {
            int width = descriptor.getDescriptorNames().length;
            try {
                DescriptorValue value = descriptor.calculate(copy);
                if (value.getException() == null) {
                    copyValues(value.getValue(), values, offset, width);
                }
            } catch (RuntimeException e) {
                // one failing descriptor must not cost the molecule its other values; its columns stay NaN
            }
            offset += width;
        }
        return values;
    }

    private static void copyValues(IDescriptorResult result, double[] values, int offset, int width) {
        if (result.length() != width) {
            return; // a result of another length than the names it declared is not trusted; its columns stay NaN
        }
        for (int i = 0; i < width; i++) {
            values[offset + i] = valueAt(result, i);
        }
    }

    /** Value {@code index} of any CDK result type; NaN for a type that holds no number. */
    static double valueAt(IDescriptorResult result, int index) {
        if (result instanceof DoubleArrayResult array) {
            return array.get(index);
        }
        if (result instanceof IntegerArrayResult array) {
            return array.get(index);
        }
        if (result instanceof DoubleResult value) {
            return value.doubleValue();
        }
        if (result instanceof IntegerResult value) {
            return value.intValue();
        }
        if (result instanceof BooleanResult value) {
            return value.booleanValue() ? 1 : 0;
        }
        return Double.NaN;
    }

    private static List<IMolecularDescriptor> newDescriptors() {
        List<IMolecularDescriptor> descriptors = new ArrayList<>(KINDS.size());
        for (Kind kind : KINDS) {
            IMolecularDescriptor descriptor;
            try {
                descriptor = kind.create();
            } catch (CDKException e) {
                throw new IllegalStateException("CDK cannot make a descriptor: " + e.getMessage(), e);
            }
            descriptor.initialise(SilentChemObjectBuilder.getInstance());
            descriptors.add(descriptor);
        }
        return List.copyOf(descriptors);
    }

    private static List<String> names(List<IMolecularDescriptor> descriptors) {
        List<String> names = new ArrayList<>();
        for (IMolecularDescriptor descriptor : descriptors) {
            String kind = descriptor.getClass().getSimpleName().replace("Descriptor", "");
            for (String name : descriptor.getDescriptorNames()) {
                names.add(kind + "." + name);
            }
        }
        return List.copyOf(names);
    }
}
