package org.molfuse.core.chem;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * Rewrites the two common five-valent neutral nitrogen spellings into their charge-separated forms, in place, as
 * RDKit's sanitization does, so that they pass the valence check: nitro {@code N(=O)=O} becomes
 * {@code [N+](=O)[O-]} (also N-oxides written {@code C=N(=O)C}) and azide {@code N=N#N} becomes
 * {@code N=[N+]=[N-]}. Needs Kekulé bond orders.
 */
final class NitrogenChargeSeparation {

    private NitrogenChargeSeparation() {
    }

    static void apply(IAtomContainer mol) {
        for (IAtom atom : mol.atoms()) {
            if (atom.getAtomicNumber() == 7 && ChargeNeutralizer.charge(atom) == 0 && valence(mol, atom) == 5) {
                separate(mol, atom);
            }
        }
    }

    private static void separate(IAtomContainer mol, IAtom nitrogen) {
        for (IBond bond : mol.getConnectedBondsList(nitrogen)) {
            IAtom other = bond.getOther(nitrogen);
            if (!isTerminalNeutral(mol, other)) {
                continue;
            }
            if (other.getAtomicNumber() == 8 && bond.getOrder() == IBond.Order.DOUBLE) {
                bond.setOrder(IBond.Order.SINGLE);
            } else if (other.getAtomicNumber() == 7 && bond.getOrder() == IBond.Order.TRIPLE) {
                bond.setOrder(IBond.Order.DOUBLE);
            } else {
                continue;
            }
            nitrogen.setFormalCharge(1);
            other.setFormalCharge(-1);
            return;
        }
    }

    private static boolean isTerminalNeutral(IAtomContainer mol, IAtom atom) {
        return mol.getConnectedBondsCount(atom) == 1 && ChargeNeutralizer.charge(atom) == 0
                && ChargeNeutralizer.hydrogens(atom) == 0;
    }

    /** Sum of bond orders plus implicit hydrogens. */
    static int valence(IAtomContainer mol, IAtom atom) {
        int valence = ChargeNeutralizer.hydrogens(atom);
        for (IBond bond : mol.getConnectedBondsList(atom)) {
            IBond.Order order = bond.getOrder();
            valence += order == null || order == IBond.Order.UNSET ? 1 : order.numeric();
        }
        return valence;
    }
}
