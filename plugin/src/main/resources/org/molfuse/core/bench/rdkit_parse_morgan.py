"""Baseline for `molfuse bench featurize`: RDKit parse + Morgan radius 2 (ECFP4-like, 2048 bits).

Usage: python3 rdkit_parse_morgan.py SMILES_FILE PROCESSES
SMILES_FILE holds one SMILES per line (the bench writes it). Prints one JSON line:
{"molecules": n, "failed": k, "seconds": wall_seconds, "processes": p, "rdkit": version}
"""
import json
import sys
import time
from multiprocessing import Pool

from rdkit import Chem, RDLogger, rdBase
from rdkit.Chem import AllChem

RDLogger.DisableLog("rdApp.*")


def parse_and_fingerprint(smiles_chunk):
    failed = 0
    for smiles in smiles_chunk:
        mol = Chem.MolFromSmiles(smiles)
        if mol is None:
            failed += 1
            continue
        AllChem.GetMorganFingerprintAsBitVect(mol, 2, nBits=2048)
    return failed


def main():
    path, processes = sys.argv[1], int(sys.argv[2])
    with open(path) as handle:
        smiles = [line.rstrip("\n") for line in handle]
    chunks = [smiles[i:i + 500] for i in range(0, len(smiles), 500)]
    start = time.perf_counter()
    if processes == 1:
        failed = sum(parse_and_fingerprint(chunk) for chunk in chunks)
    else:
        with Pool(processes) as pool:
            failed = sum(pool.map(parse_and_fingerprint, chunks))
    seconds = time.perf_counter() - start
    print(json.dumps({"molecules": len(smiles), "failed": failed, "seconds": seconds,
                      "processes": processes, "rdkit": rdBase.rdkitVersion}))


if __name__ == "__main__":
    main()
