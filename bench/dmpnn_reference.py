#!/usr/bin/env python3
"""An independent PyTorch transcription of chemprop v1's D-MPNN and training loop, to check MolFuse's D-MPNN on the
same rows (BENCHMARKS.md, "D-MPNN against chemprop on the same rows"). Not part of the product.

Two steps, because Debian's RDKit and a pip PyTorch live in different interpreters:

    /usr/bin/python3 bench/dmpnn_reference.py graphs SPLIT_DIR SMILES_COLUMN TARGET_COLUMN[,TARGET_COLUMN...]
    PYTHON_WITH_TORCH bench/dmpnn_reference.py train SPLIT_DIR SEED [regression|classification]

SPLIT_DIR holds train.csv, valid.csv and test.csv (bench/chemprop_splits.py writes them); `graphs` stores their
chemprop features and labels (an empty cell is a missing label) as SPLIT_DIR/graphs.pkl, using the feature
definitions of plugin/src/test/resources/fixtures/chemprop_features.py. `train` fits one model, regression by default,
and prints the best validation epoch, its test metric and the seconds per epoch (validation included). The metric is
RMSE, or for classification the ROC-AUC averaged over the tasks (scikit-learn; a task whose rows hold one class only
is left out of the mean, as chemprop does). Debian's
python3 has RDKit, scikit-learn and PyTorch 1.13 (chemprop v1.7.1's), so it runs both steps. What it follows from
chemprop v1.7.1's defaults: directed bond messages from
W_i [x_src || bond] (no bias), depth 3 with W_h (no bias) and the reverse message subtracted, W_o [x || sum of
incoming] with bias, mean over atoms, FFN 300 -> ReLU -> 1; Xavier-normal weights and zero biases; targets
standardized on train; MSE; Adam with the Noam schedule (1e-4 -> 1e-3 over 2 epochs, decaying to 1e-4 at epoch 30,
stepped per batch); batch 50, 30 epochs; the best validation epoch's weights score the test rows. Missing labels
are masked out of the loss (summed over the labels present, divided by their count) and of the metrics. One thread.
"""
import csv
import math
import os
import pickle
import random
import sys
import time

HIDDEN, DEPTH, EPOCHS, BATCH = 300, 3, 30, 50
ATOM_FEATURES, BOND_FEATURES = 133, 14
INIT_LR, MAX_LR, FINAL_LR, WARMUP_EPOCHS = 1e-4, 1e-3, 1e-4, 2


def graphs(split_dir, smiles_column, target_columns):
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, os.path.join(here, "..", "plugin", "src", "test", "resources", "fixtures"))
    from chemprop_features import atom_features, bond_features
    from rdkit import Chem

    def featurize(smiles):
        mol = Chem.MolFromSmiles(smiles)
        atoms = [atom_features(atom) for atom in mol.GetAtoms()]
        sources, targets, edges = [], [], []
        for bond in mol.GetBonds():
            begin, end = bond.GetBeginAtomIdx(), bond.GetEndAtomIdx()
            features = bond_features(bond)
            # edge 2k runs begin -> end and 2k + 1 back, so the reverse of edge e is e ^ 1
            sources += [begin, end]
            targets += [end, begin]
            edges += [atoms[begin] + features, atoms[end] + features]
        return atoms, sources, targets, edges

    parts = {}
    for part in ("train", "valid", "test"):
        with open(os.path.join(split_dir, part + ".csv"), newline="") as source:
            rows = list(csv.DictReader(source))
        parts[part] = [(featurize(row[smiles_column]),
                        [float(row[column]) if row[column].strip() else None for column in target_columns.split(",")])
                       for row in rows]
    with open(os.path.join(split_dir, "graphs.pkl"), "wb") as out:
        pickle.dump(parts, out)
    print({part: len(examples) for part, examples in parts.items()})


def train(split_dir, seed, task_type="regression"):
    # Debian's PyTorch and NumPy multiply through OpenBLAS, which starts a thread per core unless told otherwise when
    # it loads; torch.set_num_threads does not reach it. One thread, like MolFuse's default and chemprop's quoted speed.
    os.environ["OPENBLAS_NUM_THREADS"] = os.environ["OMP_NUM_THREADS"] = "1"
    import numpy
    import torch
    from torch import nn

    torch.set_num_threads(1)
    torch.manual_seed(seed)
    with open(os.path.join(split_dir, "graphs.pkl"), "rb") as source:
        parts = pickle.load(source)
    classification = task_type == "classification"
    tasks = len(parts["train"][0][1])

    class Dmpnn(nn.Module):
        def __init__(self):
            super().__init__()
            self.w_i = nn.Linear(ATOM_FEATURES + BOND_FEATURES, HIDDEN, bias=False)
            self.w_h = nn.Linear(HIDDEN, HIDDEN, bias=False)
            self.w_o = nn.Linear(ATOM_FEATURES + HIDDEN, HIDDEN)
            self.ffn = nn.Sequential(nn.Linear(HIDDEN, HIDDEN), nn.ReLU(), nn.Linear(HIDDEN, tasks))

        def forward(self, batch):
            atoms, edges, sources, targets, reverse, molecule_of_atom, atom_counts = batch

            def incoming(messages):
                return torch.zeros(atoms.shape[0], HIDDEN).index_add_(0, targets, messages)

            initial = self.w_i(edges)
            messages = torch.relu(initial)
            for _ in range(DEPTH - 1):
                messages = torch.relu(initial + self.w_h(incoming(messages)[sources] - messages[reverse]))
            hidden = torch.relu(self.w_o(torch.cat([atoms, incoming(messages)], 1)))
            pooled = torch.zeros(atom_counts.shape[0], HIDDEN).index_add_(0, molecule_of_atom, hidden)
            return self.ffn(pooled / atom_counts[:, None])

    def collate(examples):
        atoms, edges, sources, targets, reverse, molecule_of_atom, counts = [], [], [], [], [], [], []
        for molecule, ((atom_rows, edge_sources, edge_targets, edge_rows), _) in enumerate(examples):
            atom_offset, edge_offset = len(atoms), len(sources)
            atoms += atom_rows
            edges += edge_rows
            sources += [atom_offset + a for a in edge_sources]
            targets += [atom_offset + a for a in edge_targets]
            reverse += [edge_offset + (e ^ 1) for e in range(len(edge_sources))]
            molecule_of_atom += [molecule] * len(atom_rows)
            counts.append(len(atom_rows))
        return (torch.tensor(atoms, dtype=torch.float32),
                torch.tensor(edges, dtype=torch.float32).reshape(-1, ATOM_FEATURES + BOND_FEATURES),
                torch.tensor(sources), torch.tensor(targets), torch.tensor(reverse),
                torch.tensor(molecule_of_atom), torch.tensor(counts, dtype=torch.float32))

    model = Dmpnn()
    for parameter in model.parameters():
        if parameter.dim() == 1:
            nn.init.zeros_(parameter)
        else:
            nn.init.xavier_normal_(parameter)
    training = parts["train"]

    def label_array(examples):
        return numpy.array([[numpy.nan if value is None else value for value in labels] for _, labels in examples])

    # regression targets are standardized per task on the training rows; classification logits are left as they are
    train_labels = label_array(training)
    mean = numpy.zeros(tasks) if classification else numpy.nanmean(train_labels, axis=0)
    std = numpy.ones(tasks) if classification else numpy.nanstd(train_labels, axis=0)
    optimizer = torch.optim.Adam(model.parameters(), lr=INIT_LR)
    steps_per_epoch = len(training) // BATCH
    total, warmup = EPOCHS * steps_per_epoch, WARMUP_EPOCHS * steps_per_epoch

    def rate(step):
        if step <= warmup:
            return INIT_LR + step * (MAX_LR - INIT_LR) / warmup
        if step <= total:
            return MAX_LR * (FINAL_LR / MAX_LR) ** ((step - warmup) / (total - warmup))
        return FINAL_LR

    def predict(examples):
        model.eval()
        outputs = []
        with torch.no_grad():
            for start in range(0, len(examples), BATCH):
                outputs.append(model(collate(examples[start:start + BATCH])).numpy())
        model.train()
        outputs = numpy.concatenate(outputs)
        return 1 / (1 + numpy.exp(-outputs)) if classification else outputs * std + mean

    def score(examples):
        """Mean over tasks of ROC-AUC (higher is better) or of RMSE (lower is better), on the labels present."""
        from sklearn.metrics import roc_auc_score
        predictions, truth = predict(examples), label_array(examples)
        values = []
        for task in range(tasks):
            present = ~numpy.isnan(truth[:, task])
            if classification:
                if len(set(truth[present, task])) == 2:
                    values.append(roc_auc_score(truth[present, task], predictions[present, task]))
            else:
                values.append(math.sqrt(((predictions[present, task] - truth[present, task]) ** 2).mean()))
        return float(numpy.mean(values))

    def better(value, best):
        return value > best if classification else value < best

    order, shuffler, step = list(range(len(training))), random.Random(seed), 0
    best_score, best_epoch, best_state = (-math.inf if classification else math.inf), 0, None
    started = time.perf_counter()
    for epoch in range(1, EPOCHS + 1):
        shuffler.shuffle(order)
        for start in range(0, len(order), BATCH):
            batch = [training[i] for i in order[start:start + BATCH]]
            raw = label_array(batch)
            present = torch.tensor(~numpy.isnan(raw))
            scaled = torch.tensor(numpy.nan_to_num((raw - mean) / std), dtype=torch.float32)
            outputs = model(collate(batch))
            if classification:
                losses = nn.functional.binary_cross_entropy_with_logits(outputs, scaled, reduction="none")
            else:
                losses = (outputs - scaled) ** 2
            loss = losses[present].sum() / present.sum()
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            step += 1
            for group in optimizer.param_groups:
                group["lr"] = rate(step)
        validation = score(parts["valid"])
        if better(validation, best_score):
            best_score, best_epoch = validation, epoch
            best_state = {name: tensor.clone() for name, tensor in model.state_dict().items()}
    # wall time per epoch including validation, as MolFuse's benchmark reports it
    seconds_per_epoch = (time.perf_counter() - started) / EPOCHS
    model.load_state_dict(best_state)
    metric = "roc-auc" if classification else "rmse"
    print(f"seed {seed} best epoch {best_epoch} validation {metric} {best_score:.4f} test {metric} "
          f"{score(parts['test']):.4f} seconds per epoch {seconds_per_epoch:.3f} "
          f"training molecules/s {len(training) / seconds_per_epoch:.0f}")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "graphs":
        graphs(sys.argv[2], sys.argv[3], sys.argv[4])
    elif len(sys.argv) in (4, 5) and sys.argv[1] == "train" and sys.argv[4:] in ([], ["regression"], ["classification"]):
        train(sys.argv[2], int(sys.argv[3]), *sys.argv[4:])
    else:
        sys.exit(__doc__)
