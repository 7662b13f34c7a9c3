package org.molfuse.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

class MoleculeFeaturesTest {

    @Test
    void descriptorsOfEthanolAreItsHandCountedValues() {
        float[] values = MoleculeFeatures.DESCRIPTORS.compute(PreparedMolecules.prepare("CCO"));
        List<String> names = new Descriptors().names();
        assertEquals(11, values.length);
        // C2H6O: 2 x 12.011 + 6 x 1.008 + 15.999
        assertEquals(46.069, values[names.indexOf("mol_weight")], 0.01);
        assertEquals(3f, values[names.indexOf("heavy_atoms")]);
        assertEquals(1f, values[names.indexOf("hbd")]);
        assertEquals(1f, values[names.indexOf("hba")]);
        assertEquals(0f, values[names.indexOf("rings")]);
        assertEquals(1f, values[names.indexOf("fraction_csp3")]);
    }

    @Test
    void countsArePositiveExactlyWhereTheBitsAreSet() {
        IAtomContainer aspirin = PreparedMolecules.prepare("CC(=O)Oc1ccccc1C(=O)O");
        float[] bits = MoleculeFeatures.ECFP4.compute(aspirin);
        float[] counts = MoleculeFeatures.ECFP4_COUNTS.compute(aspirin);
        assertEquals(2048, bits.length);
        assertEquals(2048, counts.length);
        int set = 0;
        for (int i = 0; i < bits.length; i++) {
            assertEquals(bits[i] == 1f, counts[i] > 0f, "bit " + i);
            set += (int) bits[i];
        }
        // 13 heavy atoms give 13 radius-0 environments, several of them equal; radius 1 and 2 add more
        assertTrue(set > 10 && set < 40, set + " bits set");
    }

    @Test
    void concatenatedSetsFollowTheListOrder() {
        IAtomContainer phenol = PreparedMolecules.prepare("Oc1ccccc1");
        List<MoleculeFeatures> sets = List.of(MoleculeFeatures.DESCRIPTORS, MoleculeFeatures.ECFP4);
        float[] joined = MoleculeFeatures.concatenated(sets, phenol);
        assertEquals(11 + 2048, joined.length);
        assertEquals(11 + 2048, MoleculeFeatures.totalSize(sets));
        float[] descriptors = MoleculeFeatures.DESCRIPTORS.compute(phenol);
        float[] bits = MoleculeFeatures.ECFP4.compute(phenol);
        for (int i = 0; i < joined.length; i++) {
            assertEquals(i < 11 ? descriptors[i] : bits[i - 11], joined[i], "feature " + i);
        }
        assertEquals(0, MoleculeFeatures.concatenated(List.of(), phenol).length);
    }

    @Test
    void listsAreParsedAndMistakesNamed() {
        assertEquals(List.of(), MoleculeFeatures.parseList("none"));
        assertEquals(List.of(), MoleculeFeatures.parseList(" "));
        assertEquals(List.of(MoleculeFeatures.ECFP4_COUNTS, MoleculeFeatures.DESCRIPTORS),
                MoleculeFeatures.parseList("ECFP4_counts, descriptors"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> MoleculeFeatures.parseList("ecfp4,rdkit_2d"));
        assertTrue(unknown.getMessage().contains("'rdkit_2d'"), unknown.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> MoleculeFeatures.parseList("ecfp4,ecfp4"));
        assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
    }
}
