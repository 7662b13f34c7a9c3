package org.molfuse.core.chem;

import java.util.List;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IDoubleBondStereochemistry;
import org.openscience.cdk.interfaces.IStereoElement;
import org.openscience.cdk.interfaces.ITetrahedralChirality;

/**
 * RDKit's atom and bond perceptions, recomputed on a CDK molecule from {@link MoleculeStandardizer} (Kekulé bond
 * orders with aromatic flags, implicit hydrogens, ring flags). Everything is local to an atom or bond, so feature
 * vectors can be filled atom by atom without a per-molecule cache.
 *
 * <p><b>Conjugation</b> follows RDKit's rule: aromatic bonds are conjugated; otherwise, at a centre atom with two or
 * three connections (hydrogens included) that may conjugate, a multiple (or aromatic) bond and any other bond to a
 * neighbour with at most three connections that may conjugate are both conjugated. An atom may conjugate when it has
 * electrons to give to a pi system ({@code (defaultValence - totalDegree) + max(outerElectrons - defaultValence -
 * charge, 0) - radicals > 0}, at most three connections, default valence above one) and it is in the first two rows,
 * or its group is not 15 or 16, or it is a one-connected chalcogen (C=S, thiolate). Measured against RDKit 2022.09.3's
 * {@code Bond.GetIsConjugated} on the first 500 ESOL molecules it agrees on all 6,817 bonds (and on all 123,836 bonds
 * of the 4,199 single-fragment Lipophilicity molecules; on Tox21 and BBBP the only differences, 19 of 193,807 bonds,
 * come from charges the standardizer removed). Hybridization uses RDKit's
 * orbital count (connections plus lone pairs), with four orbitals on a conjugated atom of fewer than four connections
 * counted as SP2 (amide N, phenol O), so it agrees wherever conjugation does.
 */
final class RdkitPerception {

    /** RDKit's {@code HybridizationType} values that the featurizers distinguish. */
    enum Hybridization { S, SP, SP2, SP3, SP3D, SP3D2, UNSPECIFIED }

    /** RDKit's {@code ChiralType}: 0..3 as numbered there; {@code UNRECOGNISED} for square-planar and higher orders. */
    enum ChiralTag { UNSPECIFIED, CW, CCW, OTHER, UNRECOGNISED }

    /** RDKit's {@code BondStereo} in its numbering: NONE=0, ANY=1, Z=2, E=3, CIS=4, TRANS=5. */
    enum BondStereo { NONE, ANY, Z, E, CIS, TRANS }

    private RdkitPerception() {
    }

    static int implicitHydrogens(IAtom atom) {
        Integer hydrogens = atom.getImplicitHydrogenCount();
        return hydrogens == null ? 0 : hydrogens;
    }

    /** Neighbours plus implicit hydrogens (RDKit {@code GetTotalDegree}). */
    static int totalDegree(IAtomContainer mol, IAtom atom) {
        return mol.getConnectedBondsCount(atom) + implicitHydrogens(atom);
    }

    /** Implicit hydrogens plus hydrogen neighbours the standardizer could not fold away. */
    static int totalHydrogens(IAtomContainer mol, IAtom atom) {
        int hydrogens = implicitHydrogens(atom);
        for (IAtom neighbour : mol.getConnectedAtomsList(atom)) {
            if (neighbour.getAtomicNumber() != null && neighbour.getAtomicNumber() == 1) {
                hydrogens++;
            }
        }
        return hydrogens;
    }

    static int heavyDegree(IAtomContainer mol, IAtom atom) {
        return mol.getConnectedBondsCount(atom) - (totalHydrogens(mol, atom) - implicitHydrogens(atom));
    }

    static int formalCharge(IAtom atom) {
        Integer charge = atom.getFormalCharge();
        return charge == null ? 0 : charge;
    }

    static int radicalElectrons(IAtomContainer mol, IAtom atom) {
        return mol.getConnectedSingleElectronsCount(atom);
    }

    static int atomicNumber(IAtom atom) {
        Integer z = atom.getAtomicNumber();
        return z == null ? 0 : z;
    }

    /** Sum of Kekulé bond orders plus implicit hydrogens. */
    static int totalValence(IAtomContainer mol, IAtom atom) {
        return NitrogenChargeSeparation.valence(mol, atom);
    }

    static boolean isConjugated(IAtomContainer mol, IBond bond) {
        if (bond.isAromatic()) {
            return true;
        }
        for (IAtom centre : List.of(bond.getBegin(), bond.getEnd())) {
            int connections = totalDegree(mol, centre);
            if (connections < 2 || connections > 3 || !mayConjugate(mol, centre)) {
                continue;
            }
            for (IBond other : mol.getConnectedBondsList(centre)) {
                if (other.equals(bond)) {
                    continue;
                }
                if (isMultiple(bond) && conjugatingNeighbour(mol, other.getOther(centre))) {
                    return true;
                }
                if (isMultiple(other) && conjugatingNeighbour(mol, bond.getOther(centre))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean hasConjugatedBond(IAtomContainer mol, IAtom atom) {
        for (IBond bond : mol.getConnectedBondsList(atom)) {
            if (isConjugated(mol, bond)) {
                return true;
            }
        }
        return false;
    }

    private static boolean conjugatingNeighbour(IAtomContainer mol, IAtom atom) {
        return totalDegree(mol, atom) <= 3 && mayConjugate(mol, atom);
    }

    private static boolean isMultiple(IBond bond) {
        if (bond.isAromatic()) {
            return true;
        }
        IBond.Order order = bond.getOrder();
        return order == IBond.Order.DOUBLE || order == IBond.Order.TRIPLE || order == IBond.Order.QUADRUPLE;
    }

    private static boolean mayConjugate(IAtomContainer mol, IAtom atom) {
        int z = atomicNumber(atom);
        int outer = ElementData.outerElectrons(z);
        boolean rowAllows = z <= 10 || (outer != 5 && outer != 6) || (outer == 6 && totalDegree(mol, atom) < 2);
        return rowAllows && piElectrons(mol, atom) > 0;
    }

    /** Electrons the atom can give to a pi system, or -1 when it cannot take part. */
    private static int piElectrons(IAtomContainer mol, IAtom atom) {
        int z = atomicNumber(atom);
        int defaultValence = ElementData.defaultValence(z);
        if (defaultValence <= 1) {
            return -1;
        }
        int degree = totalDegree(mol, atom);
        if (degree > 3) {
            return -1;
        }
        int lonePairElectrons = Math.max(ElementData.outerElectrons(z) - defaultValence - formalCharge(atom), 0);
        return (defaultValence - degree) + lonePairElectrons - radicalElectrons(mol, atom);
    }

    static Hybridization hybridization(IAtomContainer mol, IAtom atom) {
        int z = atomicNumber(atom);
        if (z == 0) {
            return Hybridization.UNSPECIFIED;
        }
        int degree = totalDegree(mol, atom);
        // RDKit counts orbitals by degree alone for hydrogen and from actinium on
        int orbitals = z > 1 && z < 89 ? degree + lonePairs(mol, atom) : degree;
        return switch (orbitals) {
            case 0, 1 -> Hybridization.S;
            case 2 -> Hybridization.SP;
            case 3 -> Hybridization.SP2;
            case 4 -> degree < 4 && hasConjugatedBond(mol, atom) ? Hybridization.SP2 : Hybridization.SP3;
            case 5 -> Hybridization.SP3D;
            case 6 -> Hybridization.SP3D2;
            default -> Hybridization.UNSPECIFIED;
        };
    }

    /** Lone pairs, with unpaired electrons each taking an orbital when the atom is below an octet. */
    private static int lonePairs(IAtomContainer mol, IAtom atom) {
        int outer = ElementData.outerElectrons(atomicNumber(atom));
        int valence = totalValence(mol, atom);
        int charge = formalCharge(atom);
        int free = outer - (valence + charge);
        if (valence + outer - charge < 8) {
            int radicals = radicalElectrons(mol, atom);
            return (free - radicals) / 2 + radicals;
        }
        return free / 2;
    }

    /**
     * Tetrahedral parity in RDKit's convention: looking from the first neighbour, the others run clockwise (CW) or
     * counter-clockwise (CCW). Neighbours are ordered by atom index with an implicit hydrogen (or lone pair) last.
     * RDKit orders by its own bond list, which agrees except where a SMILES ring closure is bonded to the centre.
     */
    static ChiralTag chiralTag(IAtomContainer mol, IAtom atom) {
        for (IStereoElement<?, ?> element : mol.stereoElements()) {
            if (!atom.equals(element.getFocus())) {
                continue;
            }
            if (element instanceof ITetrahedralChirality chirality) {
                return tetrahedralTag(mol, atom, chirality);
            }
            int configClass = element.getConfigClass();
            if (configClass == IStereoElement.SP || configClass == IStereoElement.TBPY
                    || configClass == IStereoElement.OC) {
                return ChiralTag.UNRECOGNISED;
            }
        }
        return ChiralTag.UNSPECIFIED;
    }

    private static ChiralTag tetrahedralTag(IAtomContainer mol, IAtom focus, ITetrahedralChirality chirality) {
        IAtom[] ligands = chirality.getLigands();
        int[] keys = new int[ligands.length];
        boolean implicitSeen = false;
        for (int i = 0; i < ligands.length; i++) {
            if (ligands[i].equals(focus)) {
                if (implicitSeen) {
                    return ChiralTag.UNSPECIFIED;
                }
                implicitSeen = true;
                keys[i] = Integer.MAX_VALUE;
            } else {
                if (mol.getBond(focus, ligands[i]) == null) {
                    return ChiralTag.UNSPECIFIED;
                }
                keys[i] = mol.indexOf(ligands[i]);
            }
        }
        boolean clockwise = chirality.getStereo() == ITetrahedralChirality.Stereo.CLOCKWISE;
        boolean oddPermutation = inversions(keys) % 2 == 1;
        return clockwise != oddPermutation ? ChiralTag.CW : ChiralTag.CCW;
    }

    private static int inversions(int[] keys) {
        int count = 0;
        for (int i = 0; i < keys.length; i++) {
            for (int j = i + 1; j < keys.length; j++) {
                if (keys[i] > keys[j]) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * E/Z of a stereo double bond from CIP priorities ({@link CipPriority}, rule 1a), as RDKit assigns STEREOE/STEREOZ
     * when parsing SMILES. When rule 1a cannot rank the two substituents of an end the geometry is still kept, as
     * CIS/TRANS of the lowest-index substituents.
     */
    static BondStereo bondStereo(IAtomContainer mol, IBond bond) {
        for (IStereoElement<?, ?> element : mol.stereoElements()) {
            if (element instanceof IDoubleBondStereochemistry doubleBond && doubleBond.getStereoBond().equals(bond)) {
                return stereoOf(mol, doubleBond);
            }
        }
        return BondStereo.NONE;
    }

    private static BondStereo stereoOf(IAtomContainer mol, IDoubleBondStereochemistry doubleBond) {
        IBond stereoBond = doubleBond.getStereoBond();
        boolean opposite = doubleBond.getStereo() == IDoubleBondStereochemistry.Conformation.OPPOSITE;
        int cipFlips = 0;
        int indexFlips = 0;
        boolean ranked = true;
        for (IBond ligandBond : doubleBond.getBonds()) {
            IAtom end = ligandBond.contains(stereoBond.getBegin()) ? stereoBond.getBegin() : stereoBond.getEnd();
            IAtom partner = stereoBond.getOther(end);
            IAtom ligand = ligandBond.getOther(end);
            IAtom other = null;
            for (IAtom neighbour : mol.getConnectedAtomsList(end)) {
                if (!neighbour.equals(partner) && !neighbour.equals(ligand)) {
                    other = neighbour;
                }
            }
            if (other == null) {
                // the other substituent is an implicit hydrogen, which every atom outranks
                continue;
            }
            int order = CipPriority.compare(mol, end, ligand, other);
            ranked &= order != 0;
            if (order < 0) {
                cipFlips++;
            }
            if (mol.indexOf(other) < mol.indexOf(ligand)) {
                indexFlips++;
            }
        }
        if (ranked) {
            return opposite != (cipFlips % 2 == 1) ? BondStereo.E : BondStereo.Z;
        }
        return opposite != (indexFlips % 2 == 1) ? BondStereo.TRANS : BondStereo.CIS;
    }
}
