package org.molfuse.core.chem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Removes formal charges where that only moves a proton, in place. Expects implicit hydrogens.
 *
 * <ol>
 *   <li>A positive N, O, P or S that carries hydrogens and has no negative neighbour loses H+ ({@code [NH3+]} to
 *   {@code N}, pyridinium to pyridine). A positive carbon is left alone: removing H+ would make a carbene.</li>
 *   <li>A negative C, N, O or S with no positive neighbour gains H+ ({@code [O-]} to {@code O}), except that as many
 *   negative charges stay as there are positive charges that step 1 could not remove (quaternary ammonium, metal
 *   cations), so a betaine stays a zwitterion and the net charge never grows. The charges that stay are the most
 *   acidic ones: O before S before N before C, then by atom index.</li>
 * </ol>
 * Charge pairs on neighbouring atoms (nitro {@code [N+](=O)[O-]}, N-oxides, azides, ylides) are never touched.
 */
final class ChargeNeutralizer {

    private ChargeNeutralizer() {
    }

    static void neutralize(IAtomContainer mol) {
        for (IAtom atom : mol.atoms()) {
            int charge = charge(atom);
            int hydrogens = hydrogens(atom);
            if (charge > 0 && hydrogens > 0 && isProtonatedHeteroatom(atom) && !hasNeighbourCharged(mol, atom, -1)) {
                int removed = Math.min(charge, hydrogens);
                atom.setFormalCharge(charge - removed);
                atom.setImplicitHydrogenCount(hydrogens - removed);
            }
        }
        int lockedPositive = 0;
        List<IAtom> anions = new ArrayList<>();
        for (IAtom atom : mol.atoms()) {
            int charge = charge(atom);
            if (charge > 0 && !hasNeighbourCharged(mol, atom, -1)) {
                lockedPositive += charge;
            } else if (charge < 0 && isProtonatableAnion(atom) && !hasNeighbourCharged(mol, atom, +1)) {
                anions.add(atom);
            }
        }
        // the least acidic anions take the protons first; the most acidic ones keep the charge that balances the cations
        anions.sort(Comparator.comparingInt(ChargeNeutralizer::protonationPriority).thenComparingInt(mol::indexOf));
        int negative = anions.stream().mapToInt(a -> -charge(a)).sum();
        int toNeutralize = Math.max(0, negative - lockedPositive);
        for (IAtom atom : anions) {
            if (toNeutralize == 0) {
                break;
            }
            int added = Math.min(-charge(atom), toNeutralize);
            atom.setFormalCharge(charge(atom) + added);
            atom.setImplicitHydrogenCount(hydrogens(atom) + added);
            toNeutralize -= added;
        }
    }

    private static boolean isProtonatedHeteroatom(IAtom atom) {
        int z = atom.getAtomicNumber();
        return z == 7 || z == 8 || z == 15 || z == 16;
    }

    private static boolean isProtonatableAnion(IAtom atom) {
        int z = atom.getAtomicNumber();
        return z == 6 || z == 7 || z == 8 || z == 16;
    }

    /** Lower gains a proton first: C, N, S, O. */
    private static int protonationPriority(IAtom atom) {
        return switch (atom.getAtomicNumber()) {
            case 6 -> 0;
            case 7 -> 1;
            case 16 -> 2;
            default -> 3;
        };
    }

    private static boolean hasNeighbourCharged(IAtomContainer mol, IAtom atom, int sign) {
        for (IAtom neighbour : mol.getConnectedAtomsList(atom)) {
            if (Integer.signum(charge(neighbour)) == sign) {
                return true;
            }
        }
        return false;
    }

    static int charge(IAtom atom) {
        Integer charge = atom.getFormalCharge();
        return charge == null ? 0 : charge;
    }

    static int hydrogens(IAtom atom) {
        Integer hydrogens = atom.getImplicitHydrogenCount();
        return hydrogens == null ? 0 : hydrogens;
    }
}
