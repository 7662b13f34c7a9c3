package org.molfuse.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.Atom;

/** Masses against RDKit's periodic table (fixtures/rdkit_atomic_weights.py). */
class ElementDataTest {

    private static List<String[]> rdkitWeights() throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ElementDataTest.class.getResourceAsStream("/fixtures/rdkit_atomic_weights.csv"),
                StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> line.split(",")).toList();
        }
    }

    @Test
    void everyElementWeighsWhatRdkitSays() throws IOException {
        List<String[]> rows = rdkitWeights();
        assertEquals(ElementData.MAX_ATOMIC_NUMBER, rows.size());
        for (String[] row : rows) {
            IAtom atom = new Atom(row[1]);
            atom.setAtomicNumber(Integer.parseInt(row[0]));
            double expected = Double.parseDouble(row[2]);
            // abundance-weighted (CDK) and standard (RDKit) weights of stable elements differ by up to 0.02 Da
            assertEquals(expected, ElementData.mass(atom), 0.02, row[1]);
        }
    }

    @Test
    void actiniumFromHivGivesFiniteChempropFeatures() {
        // HIV.csv data row 38,917 writes an acetyl group as [Ac]; CDK has no natural mass for actinium, and the NaN
        // feature that followed made D-MPNN training diverge in its first epoch
        StandardizedMolecule molecule =
                new MoleculeStandardizer().standardize("CCOC(=O)c1ccc(C(O)C([Ac])C(=O)OC(C)(C)C)[nH]1");
        assertTrue(molecule.isValid(), molecule.message());
        MoleculeGraph graph = GraphFeaturizer.chemprop().featurize(molecule.molecule());
        IAtomContainer mol = molecule.molecule();
        int actinium = -1;
        for (int i = 0; i < mol.getAtomCount(); i++) {
            if ("Ac".equals(mol.getAtom(i).getSymbol())) {
                actinium = i;
            }
        }
        assertEquals(2.27, graph.atomFeature(actinium, ChempropAtomFeaturizer.MASS), 1e-6);
        for (float value : graph.atomFeatures()) {
            assertTrue(Float.isFinite(value));
        }
    }
}
