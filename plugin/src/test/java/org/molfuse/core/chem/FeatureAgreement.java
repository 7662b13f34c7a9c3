package org.molfuse.core.chem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/** Compares MolFuse's chemprop features with an RDKit fixture written by fixtures/chemprop_features.py. */
final class FeatureAgreement {

    /** Atom feature groups as [start, end) slices of the 133-vector (mass is compared separately). */
    static final Map<String, int[]> ATOM_GROUPS = new LinkedHashMap<>();
    static final Map<String, int[]> BOND_GROUPS = new LinkedHashMap<>();

    static {
        ATOM_GROUPS.put("atomic_number", new int[] {0, 101});
        ATOM_GROUPS.put("degree", new int[] {101, 108});
        ATOM_GROUPS.put("formal_charge", new int[] {108, 114});
        ATOM_GROUPS.put("chiral_tag", new int[] {114, 119});
        ATOM_GROUPS.put("num_hs", new int[] {119, 125});
        ATOM_GROUPS.put("hybridization", new int[] {125, 131});
        ATOM_GROUPS.put("aromatic", new int[] {131, 132});
        BOND_GROUPS.put("bond_type", new int[] {0, 5});
        BOND_GROUPS.put("conjugated", new int[] {5, 6});
        BOND_GROUPS.put("in_ring", new int[] {6, 7});
        BOND_GROUPS.put("stereo", new int[] {7, 14});
    }

    final Map<String, Integer> compared = new LinkedHashMap<>();
    final Map<String, Integer> disagreements = new LinkedHashMap<>();
    final List<String> examples = new ArrayList<>();
    int rawChiralDisagreements;
    double maxMassDifference;
    int molecules;

    static FeatureAgreement measure(JsonNode fixture) {
        FeatureAgreement agreement = new FeatureAgreement();
        MoleculeStandardizer standardizer = new MoleculeStandardizer();
        ChempropAtomFeaturizer atoms = new ChempropAtomFeaturizer();
        ChempropBondFeaturizer bonds = new ChempropBondFeaturizer();
        for (JsonNode molecule : fixture.get("molecules")) {
            agreement.molecules++;
            String smiles = molecule.get("smiles").asText();
            StandardizedMolecule standardized = standardizer.standardize(smiles);
            if (!standardized.isValid()) {
                agreement.count("standardization", false, smiles + ": " + standardized.message());
                continue;
            }
            IAtomContainer mol = standardized.molecule();
            JsonNode expectedAtoms = molecule.get("atoms");
            if (!agreement.count("atom_count", mol.getAtomCount() == expectedAtoms.size(), smiles)) {
                continue;
            }
            float[] vector = new float[atoms.size()];
            for (int i = 0; i < mol.getAtomCount(); i++) {
                JsonNode expected = expectedAtoms.get(i);
                boolean[] hot = new boolean[atoms.size()];
                expected.get("hot").forEach(index -> hot[index.asInt()] = true);
                // the chiral group is compared in MolFuse's neighbour order (see RdkitPerception#chiralTag)
                int rawTag = expected.get("chiral_tag_raw").asInt();
                int indexOrderTag = expected.get("chiral_tag_index_order").asInt();
                hot[ChempropAtomFeaturizer.CHIRALITY + rawTag] = false;
                hot[ChempropAtomFeaturizer.CHIRALITY + indexOrderTag] = true;
                atoms.featurize(mol, i, vector, 0);
                for (Map.Entry<String, int[]> group : ATOM_GROUPS.entrySet()) {
                    agreement.count(group.getKey(), sameSlice(vector, hot, group.getValue()),
                            smiles + " atom " + i + " " + group.getKey());
                }
                if (vector[ChempropAtomFeaturizer.CHIRALITY + rawTag] != 1f) {
                    agreement.rawChiralDisagreements++;
                }
                agreement.maxMassDifference = Math.max(agreement.maxMassDifference,
                        Math.abs(vector[ChempropAtomFeaturizer.MASS] - expected.get("mass").asDouble()));
            }
            if (!agreement.count("bond_count", mol.getBondCount() == molecule.get("bonds").size(), smiles)) {
                continue;
            }
            float[] bondVector = new float[bonds.size()];
            for (JsonNode expected : molecule.get("bonds")) {
                IBond bond = mol.getBond(mol.getAtom(expected.get("begin").asInt()), mol.getAtom(expected.get("end").asInt()));
                if (!agreement.count("bond_present", bond != null, smiles + " bond " + expected)) {
                    continue;
                }
                boolean[] hot = new boolean[bonds.size()];
                expected.get("hot").forEach(index -> hot[index.asInt()] = true);
                bonds.featurize(mol, mol.indexOf(bond), bondVector, 0);
                for (Map.Entry<String, int[]> group : BOND_GROUPS.entrySet()) {
                    agreement.count(group.getKey(), sameSlice(bondVector, hot, group.getValue()),
                            smiles + " bond " + expected.get("begin") + "-" + expected.get("end") + " " + group.getKey());
                }
            }
        }
        return agreement;
    }

    private static boolean sameSlice(float[] actual, boolean[] hot, int[] range) {
        for (int i = range[0]; i < range[1]; i++) {
            if ((actual[i] == 1f) != hot[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean count(String group, boolean agrees, String where) {
        compared.merge(group, 1, Integer::sum);
        if (!agrees) {
            disagreements.merge(group, 1, Integer::sum);
            if (examples.size() < 40) {
                examples.add(where);
            }
        }
        return agrees;
    }

    int disagreements(String group) {
        return disagreements.getOrDefault(group, 0);
    }

    @Override
    public String toString() {
        return molecules + " molecules; compared " + compared + "; disagreements " + disagreements
                + "; raw chiral-tag disagreements " + rawChiralDisagreements + "; max |mass*0.01 difference| "
                + maxMassDifference + "; examples " + examples;
    }
}
