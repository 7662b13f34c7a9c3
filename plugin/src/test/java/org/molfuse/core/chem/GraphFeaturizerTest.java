package org.molfuse.core.chem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

class GraphFeaturizerTest {

    private static IAtomContainer mol(String smiles) {
        return new MoleculeStandardizer().standardize(smiles).molecule();
    }

    @Test
    void chempropGraphOfAcetamide() {
        // CC(=O)N: 4 atoms, 3 bonds -> 6 directed edges
        MoleculeGraph graph = GraphFeaturizer.chemprop().featurize(mol("CC(=O)N"));
        assertEquals(4, graph.numAtoms());
        assertEquals(133, graph.atomFeatureSize());
        assertEquals(14, graph.bondFeatureSize());
        assertEquals(6, graph.numEdges());
        // bond k gives edge 2k (begin -> end) and 2k+1 (end -> begin); SMILES order: C0-C1, C1=O2, C1-N3
        assertArrayEquals(new int[] {0, 1, 1, 2, 1, 3}, graph.edgeSources());
        assertArrayEquals(new int[] {1, 0, 2, 1, 3, 1}, graph.edgeTargets());
        for (int edge = 0; edge < graph.numEdges(); edge++) {
            int reverse = MoleculeGraph.reverseEdge(edge);
            assertEquals(graph.edgeSources()[edge], graph.edgeTargets()[reverse]);
            for (int f = 0; f < graph.bondFeatureSize(); f++) {
                assertEquals(graph.bondFeature(edge, f), graph.bondFeature(reverse, f), "edge " + edge + " feature " + f);
            }
        }
        // C=O: double (2), conjugated with the amide N (5), stereo none (7)
        assertEquals(1f, graph.bondFeature(2, ChempropBondFeaturizer.DOUBLE));
        assertEquals(1f, graph.bondFeature(3, ChempropBondFeaturizer.CONJUGATED));
        // amide N: 1 bond + 2 H -> degree 3 (slot 104), SP2 by conjugation (slot 126)
        assertEquals(1f, graph.atomFeature(3, 104));
        assertEquals(1f, graph.atomFeature(3, 126));
    }

    @Test
    void ogbGraphMatchesTheAtomFeaturizerRowByRow() {
        IAtomContainer pyridine = mol("c1ccncc1");
        MoleculeGraph graph = GraphFeaturizer.ogb().featurize(pyridine);
        assertEquals(9, graph.atomFeatureSize());
        assertEquals(3, graph.bondFeatureSize());
        float[] row = new float[9];
        new OgbAtomFeaturizer().featurize(pyridine, 3, row, 0);
        assertArrayEquals(row, Arrays.copyOfRange(graph.atomFeatures(), 27, 36));
        // nitrogen: 7-1=6, no H, SP2, aromatic, ring
        assertArrayEquals(new float[] {6, 0, 2, 5, 0, 0, 1, 1, 1}, row);
    }

    @Test
    void aFeatureThatIsNotFiniteIsRefusedWithItsAtom() {
        AtomFeaturizer chemprop = new ChempropAtomFeaturizer();
        AtomFeaturizer nanOnOxygen = new AtomFeaturizer() {
            @Override
            public int size() {
                return chemprop.size();
            }

            @Override
            public void featurize(IAtomContainer mol, int atomIndex, float[] out, int offset) {
                chemprop.featurize(mol, atomIndex, out, offset);
                if (mol.getAtom(atomIndex).getAtomicNumber() == 8) {
                    out[offset + 132] = Float.NaN;
                }
            }

            @Override
            public String name() {
                return "test-atom";
            }
        };
        GraphFeaturizer featurizer = new GraphFeaturizer(nanOnOxygen, new ChempropBondFeaturizer());
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> featurizer.featurize(mol("CC(=O)N")));
        assertEquals("test-atom feature 132 of atom 3 (O) is NaN", refused.getMessage());
    }

    @Test
    void singleAtomHasNoEdges() {
        MoleculeGraph graph = GraphFeaturizer.chemprop().featurize(mol("C"));
        assertEquals(1, graph.numAtoms());
        assertEquals(0, graph.numEdges());
        assertEquals(0, graph.bondFeatures().length);
    }

    @Test
    void customFeaturizersCombine() {
        SubstructureVocabulary vocabulary = SubstructureVocabulary.build(java.util.List.of(mol("CCO")), 1, 100);
        GraphFeaturizer featurizer = new GraphFeaturizer(vocabulary, new OgbBondFeaturizer());
        MoleculeGraph graph = featurizer.featurize(mol("CCO"));
        assertEquals(2, graph.atomFeatureSize());
        assertEquals(3 * 2, graph.atomFeatures().length);
    }
}
