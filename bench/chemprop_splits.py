#!/usr/bin/python3
"""Write the train/validation/test files of the splits chemprop figures are measured on, to score MolFuse on the
very same rows (`./molfuse benchmark --train/--valid/--test`).

    /usr/bin/python3 bench/chemprop_splits.py DATA.csv SMILES_COLUMN scaffold_balanced|permutation|random SEED OUT_DIR

Needs RDKit and NumPy (Debian: python3-rdkit). The rules, re-implemented here from chemprop v1.7.1's behaviour:
- rows whose SMILES RDKit cannot parse, or that have no heavy atom, are dropped before splitting (chemprop's
  skip_invalid_smiles), keeping file order;
- permutation: numpy.random.RandomState(SEED).permutation orders the rows; the first int(0.8 n) train, up to
  int(0.9 n) validation, the rest test. Issue 3's random-split figures (chemprop v1.7.1 and the RDKit Morgan +
  random-forest baseline "on the same splits") were measured on these: a 500-tree forest on 2048-bit radius-2 Morgan
  fingerprints gives back the quoted seed-0 baselines here (ESOL RMSE 1.16 for 1.17, BBBP ROC-AUC 0.910 for 0.910,
  BACE 0.888 for 0.885), and 1.25 on chemprop's own random rule;
- random: chemprop's own rule, Python's random.Random(SEED) shuffling the row positions, cut as above;
- scaffold_balanced: rows are grouped by RDKit's MurckoScaffoldSmiles(includeChirality=False) in order of first
  appearance; groups larger than half the validation or half the test size come first, each kind shuffled by
  random.Random(SEED); groups then fill train while it stays within 0.8 n, else validation within 0.1 n, else test.
The files keep every column of the input rows, in their original order within each part.
"""
import csv
import os
import random
import sys

import numpy
from rdkit import Chem, RDLogger
from rdkit.Chem.Scaffolds import MurckoScaffold

RDLogger.DisableLog("rdApp.*")
TRAIN, VALID = 0.8, 0.1


def parsable(smiles):
    mol = Chem.MolFromSmiles(smiles)
    return mol is not None and mol.GetNumHeavyAtoms() > 0


def cut(positions):
    n = len(positions)
    train_end, valid_end = int(TRAIN * n), int((TRAIN + VALID) * n)
    return positions[:train_end], positions[train_end:valid_end], positions[valid_end:]


def permutation_split(n, seed):
    return cut(numpy.random.RandomState(seed).permutation(n).tolist())


def random_split(n, seed):
    positions = list(range(n))
    random.Random(seed).shuffle(positions)
    return cut(positions)


def balanced_scaffold_split(smiles, seed):
    n = len(smiles)
    train_size, valid_size, test_size = TRAIN * n, VALID * n, (1 - TRAIN - VALID) * n
    groups = {}
    for position, text in enumerate(smiles):
        scaffold = MurckoScaffold.MurckoScaffoldSmiles(mol=Chem.MolFromSmiles(text), includeChirality=False)
        groups.setdefault(scaffold, []).append(position)
    big = [g for g in groups.values() if len(g) > valid_size / 2 or len(g) > test_size / 2]
    small = [g for g in groups.values() if not (len(g) > valid_size / 2 or len(g) > test_size / 2)]
    order = random.Random(seed)
    order.shuffle(big)
    order.shuffle(small)
    train, valid, test = [], [], []
    for group in big + small:
        if len(train) + len(group) <= train_size:
            train += group
        elif len(valid) + len(group) <= valid_size:
            valid += group
        else:
            test += group
    return train, valid, test


def main(data, smiles_column, method, seed, out_dir):
    with open(data, newline="") as source:
        reader = csv.DictReader(source)
        fields = reader.fieldnames
        rows = [row for row in reader if parsable(row[smiles_column])]
    smiles = [row[smiles_column] for row in rows]
    if method == "permutation":
        parts = permutation_split(len(rows), seed)
    elif method == "random":
        parts = random_split(len(rows), seed)
    elif method == "scaffold_balanced":
        parts = balanced_scaffold_split(smiles, seed)
    else:
        sys.exit("method must be scaffold_balanced, permutation or random, got " + method)
    os.makedirs(out_dir, exist_ok=True)
    for name, positions in zip(("train", "valid", "test"), parts):
        with open(os.path.join(out_dir, name + ".csv"), "w", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows[p] for p in sorted(positions))
        print(name, len(positions))


if __name__ == "__main__":
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
