package org.molfuse.core.chem;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.qsar.DescriptorValue;
import org.openscience.cdk.qsar.IMolecularDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.FractionalCSP3Descriptor;
import org.openscience.cdk.qsar.descriptors.molecular.HBondAcceptorCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.HBondDonorCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.RotatableBondsCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.TPSADescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.WeightDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.XLogPDescriptor;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * The default physico-chemical descriptor set of a prepared molecule (implicit hydrogens, perceived atom types and
 * aromaticity), one {@code double} per column of {@link #names()}:
 * <ul>
 * <li>{@code mol_weight}: average molecular weight including hydrogens, CDK {@code WeightDescriptor} ("*").
 * <li>{@code xlogp}: CDK {@code XLogPDescriptor} (XLOGP2 atom types; no re-perception of aromaticity, no salicylic
 * acid correction). Not RDKit's Crippen MolLogP.
 * <li>{@code tpsa}: Ertl's topological polar surface area, CDK {@code TPSADescriptor}. It counts S and P
 * contributions, as RDKit's {@code CalcTPSA(includeSandP=True)}; RDKit's default leaves them out.
 * <li>{@code hba}: CDK {@code HBondAcceptorCountDescriptor}: O and N with formal charge &le; 0, except N bonded to O,
 * aromatic N without a double bond (pyrrole type), O bonded to N, and O with two heavy neighbours one of which is an
 * aromatic carbon (aryl ethers and esters). Not RDKit's Lipinski NumHAcceptors.
 * <li>{@code hbd}: CDK {@code HBondDonorCountDescriptor}: O and N atoms with formal charge &ge; 0 bearing at least
 * one hydrogen, each atom counted once. RDKit's {@code CalcNumHBD} also counts S-H.
 * <li>{@code rotatable_bonds}: CDK {@code RotatableBondsCountDescriptor} with {@code includeTerminals=false} and
 * {@code excludeAmides=true}: acyclic single bonds between two non-terminal heavy atoms, amide C-N excluded. RDKit's
 * default (strict) definition also excludes ester and thioester C(=O)-X bonds and bonds to t-butyl and CX3 groups,
 * so CDK can count more.
 * <li>{@code rings}: number of rings in the smallest set of smallest rings (CDK {@code Cycles.sssr}); RDKit's
 * symmetrized SSSR has more rings only for cage molecules such as cubane.
 * <li>{@code aromatic_rings}: SSSR rings all of whose bonds are aromatic (as RDKit counts). CDK's
 * {@code SmallRingDescriptor} nAromRings is not used: it counts all rings up to size 9 under its own aromaticity.
 * <li>{@code heavy_atoms}: atoms other than hydrogen.
 * <li>{@code fraction_csp3}: sp3 carbons over all carbons, CDK {@code FractionalCSP3Descriptor} (0 without carbon).
 * <li>{@code formal_charge}: sum of the atoms' formal charges.
 * </ul>
 * A value CDK cannot compute for a molecule is NaN; {@link #compute} never throws for a chemical reason. The caller's
 * molecule is not modified. Thread-safe: CDK descriptor objects are made per call.
 */
public final class Descriptors {

    private record Column(String name, ToDoubleFunction<IAtomContainer> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("mol_weight", m -> cdk(new WeightDescriptor(), m)),
            new Column("xlogp", m -> cdk(new XLogPDescriptor(), m)),
            new Column("tpsa", m -> cdk(new TPSADescriptor(), m)),
            new Column("hba", m -> cdk(new HBondAcceptorCountDescriptor(), m)),
            new Column("hbd", m -> cdk(new HBondDonorCountDescriptor(), m)),
            new Column("rotatable_bonds", m -> cdk(rotatableBonds(), m)),
            new Column("rings", m -> Cycles.sssr(m).numberOfCycles()),
            new Column("aromatic_rings", Descriptors::aromaticRings),
            new Column("heavy_atoms", Descriptors::heavyAtoms),
            new Column("fraction_csp3", m -> cdk(new FractionalCSP3Descriptor(), m)),
            new Column("formal_charge", m -> AtomContainerManipulator.getTotalFormalCharge(m)));

    private static final List<String> NAMES = COLUMNS.stream().map(Column::name).toList();

    /** Stable column names, in the order of {@link #compute}'s values. */
    public List<String> names() {
        return NAMES;
    }

    /** One value per {@link #names()} entry; NaN where CDK fails on this molecule. */
    public double[] compute(IAtomContainer molecule) {
        Objects.requireNonNull(molecule, "molecule");
        double[] values = new double[COLUMNS.size()];
        IAtomContainer copy;
        try {
            copy = molecule.clone();
        } catch (CloneNotSupportedException | RuntimeException e) {
            Arrays.fill(values, Double.NaN);
            return values;
        }
        for (int i = 0; i < values.length; i++) {
            try {
                values[i] = COLUMNS.get(i).value().applyAsDouble(copy);
            } catch (RuntimeException e) {
                values[i] = Double.NaN; // one failing descriptor must not cost the molecule its other values
            }
        }
        return values;
    }

    private static double cdk(IMolecularDescriptor descriptor, IAtomContainer molecule) {
        DescriptorValue value = descriptor.calculate(molecule);
        if (value.getException() != null) {
            return Double.NaN;
        }
        return Cdk2dDescriptors.valueAt(value.getValue(), 0);
    }

    private static RotatableBondsCountDescriptor rotatableBonds() {
        RotatableBondsCountDescriptor descriptor = new RotatableBondsCountDescriptor();
        try {
            descriptor.setParameters(new Object[] {Boolean.FALSE, Boolean.TRUE}); // includeTerminals, excludeAmides
        } catch (CDKException e) {
            throw new IllegalStateException("CDK rejected the rotatable bond settings", e);
        }
        return descriptor;
    }

    private static double aromaticRings(IAtomContainer molecule) {
        int count = 0;
        for (IAtomContainer ring : Cycles.sssr(molecule).toRingSet().atomContainers()) {
            boolean aromatic = true;
            for (IBond bond : ring.bonds()) {
                aromatic &= bond.isAromatic();
            }
            if (aromatic) {
                count++;
            }
        }
        return count;
    }

    private static double heavyAtoms(IAtomContainer molecule) {
        int count = 0;
        for (IAtom atom : molecule.atoms()) {
            Integer atomicNumber = atom.getAtomicNumber();
            if (atomicNumber == null) {
                throw new IllegalStateException("atom without atomic number");
            }
            if (atomicNumber > 1) {
                count++;
            }
        }
        return count;
    }
}
