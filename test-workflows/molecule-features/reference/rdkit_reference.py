#!/usr/bin/python3
"""RDKit's values for data/molecules.csv, the independent reference of this workflow's expectations.json.

Run from the repository root with Debian's python3 and python3-rdkit (2022.09):

    /usr/bin/python3 test-workflows/molecule-features/reference/rdkit_reference.py > \
        test-workflows/molecule-features/reference/rdkit_reference.csv

Molecules are standardized the way the workflow's standardizer does for these rows (largest fragment, carboxylate
neutralized) before the descriptors are computed. Rows RDKit cannot read are written with empty values.
"""
import csv
import os
import sys

from rdkit import Chem, RDLogger
from rdkit.Chem import AllChem, Descriptors, Lipinski, rdMolDescriptors
from rdkit.Chem.MolStandardize import rdMolStandardize
from rdkit.Chem.Scaffolds import MurckoScaffold

RDLogger.DisableLog("rdApp.*")
HERE = os.path.dirname(os.path.abspath(__file__))


def standardized(smiles):
    mol = Chem.MolFromSmiles(smiles) if smiles else None
    if mol is None:
        return None
    mol = rdMolStandardize.LargestFragmentChooser().choose(mol)
    return rdMolStandardize.Uncharger().uncharge(mol)


def main():
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["row", "name", "canonical_smiles", "mol_weight", "tpsa", "hbd", "rotatable_bonds", "rings",
                  "aromatic_rings", "heavy_atoms", "fraction_csp3", "murcko_scaffold", "ecfp4_on_bits"])
    with open(os.path.join(HERE, "..", "data", "molecules.csv"), newline="") as handle:
        for row, record in enumerate(csv.DictReader(handle), start=1):
            mol = standardized(record["smiles"])
            if mol is None:
                out.writerow([row, record["name"]] + [""] * 11)
                continue
            out.writerow([
                row, record["name"], Chem.MolToSmiles(mol),
                "%.4f" % Descriptors.MolWt(mol),
                "%.2f" % rdMolDescriptors.CalcTPSA(mol),
                Lipinski.NumHDonors(mol),
                rdMolDescriptors.CalcNumRotatableBonds(mol),
                rdMolDescriptors.CalcNumRings(mol),
                rdMolDescriptors.CalcNumAromaticRings(mol),
                mol.GetNumHeavyAtoms(),
                "%.4f" % rdMolDescriptors.CalcFractionCSP3(mol),
                MurckoScaffold.MurckoScaffoldSmiles(mol=mol, includeChirality=False),
                AllChem.GetMorganFingerprintAsBitVect(mol, 2, nBits=2048).GetNumOnBits(),
            ])


if __name__ == "__main__":
    main()
