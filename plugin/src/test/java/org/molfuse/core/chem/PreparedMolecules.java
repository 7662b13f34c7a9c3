package org.molfuse.core.chem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.openscience.cdk.aromaticity.Aromaticity;
import org.openscience.cdk.aromaticity.ElectronDonation;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.ConnectivityChecker;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;
import org.openscience.cdk.smiles.SmilesParser;
import org.openscience.cdk.tools.CDKHydrogenAdder;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/** Test-side preparation of a SMILES into the form the chem classes expect (atom types, implicit H, aromaticity). */
final class PreparedMolecules {

    private static final Aromaticity AROMATICITY =
            new Aromaticity(ElectronDonation.daylight(), Cycles.or(Cycles.all(), Cycles.all(6)));

    private PreparedMolecules() {
    }

    static IAtomContainer prepare(String smiles) {
        try {
            IAtomContainer molecule = new SmilesParser(SilentChemObjectBuilder.getInstance()).parseSmiles(smiles);
            AtomContainerManipulator.percieveAtomTypesAndConfigureAtoms(molecule);
            CDKHydrogenAdder.getInstance(molecule.getBuilder()).addImplicitHydrogens(molecule);
            AROMATICITY.apply(molecule);
            return molecule;
        } catch (CDKException e) {
            throw new IllegalArgumentException("cannot prepare " + smiles + ": " + e.getMessage(), e);
        }
    }

    /**
     * CDK canonical SMILES with aromatic symbols, components sorted, to compare structures regardless of the toolkit
     * that wrote them and of the input order of disconnected components.
     */
    static String canonical(IAtomContainer molecule) {
        SmilesGenerator generator = new SmilesGenerator(SmiFlavor.Canonical | SmiFlavor.UseAromaticSymbols);
        List<String> components = new ArrayList<>();
        try {
            for (IAtomContainer component : ConnectivityChecker.partitionIntoMolecules(molecule)) {
                components.add(generator.create(component));
            }
        } catch (CDKException e) {
            throw new IllegalArgumentException(e);
        }
        Collections.sort(components);
        return String.join(".", components);
    }

    /** {@link #canonical} of a SMILES after {@link #prepare}; "" stays "". */
    static String canonical(String smiles) {
        return smiles.isEmpty() ? "" : canonical(prepare(smiles));
    }
}
