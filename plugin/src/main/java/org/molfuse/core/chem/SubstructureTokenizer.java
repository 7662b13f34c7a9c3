package org.molfuse.core.chem;

import java.util.Arrays;
import java.util.List;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * Per-atom Morgan (ECFP-style) identifiers at radius 0 and 1, stable across runs and JVMs.
 *
 * <p>Radius 0 hashes the ECFP atom invariants: atomic number, heavy-atom degree, total hydrogens, formal charge,
 * ring membership and mass number (0 when unspecified). Radius 1 hashes the atom's radius-0 identifier with the
 * sorted list of (bond code, neighbour radius-0 identifier) pairs, bond code 1/2/3 for single/double/triple and 4 for
 * aromatic. Values are folded with {@link #mix(long, long)}, a fixed 64-bit mixer (the MurmurHash3 / SplitMix64
 * finalizer applied to {@code hash * 31 + value}); each radius starts from its own seed so the two never share ids.
 */
public final class SubstructureTokenizer {

    private static final long RADIUS0_SEED = 0x6D6F6C667573653AL;
    private static final long RADIUS1_SEED = 0x7375627374727563L;

    /** Radius-0 identifier of one atom. */
    public long radius0(IAtomContainer mol, int atomIndex) {
        IAtom atom = mol.getAtom(atomIndex);
        long hash = RADIUS0_SEED;
        hash = mix(hash, RdkitPerception.atomicNumber(atom));
        hash = mix(hash, RdkitPerception.heavyDegree(mol, atom));
        hash = mix(hash, RdkitPerception.totalHydrogens(mol, atom));
        hash = mix(hash, RdkitPerception.formalCharge(atom));
        hash = mix(hash, atom.isInRing() ? 1 : 0);
        hash = mix(hash, atom.getMassNumber() == null ? 0 : atom.getMassNumber());
        return hash;
    }

    /** Radius-1 identifier: the atom's radius-0 identifier with its sorted (bond, neighbour) environment. */
    public long radius1(IAtomContainer mol, int atomIndex) {
        IAtom atom = mol.getAtom(atomIndex);
        List<IBond> bonds = mol.getConnectedBondsList(atom);
        long[][] environment = new long[bonds.size()][];
        for (int i = 0; i < environment.length; i++) {
            IBond bond = bonds.get(i);
            environment[i] = new long[] {bondCode(bond), radius0(mol, mol.indexOf(bond.getOther(atom)))};
        }
        Arrays.sort(environment, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        long hash = mix(RADIUS1_SEED, radius0(mol, atomIndex));
        for (long[] pair : environment) {
            hash = mix(mix(hash, pair[0]), pair[1]);
        }
        return hash;
    }

    private static int bondCode(IBond bond) {
        if (bond.isAromatic()) {
            return 4;
        }
        IBond.Order order = bond.getOrder();
        return order == null || order == IBond.Order.UNSET ? 0 : order.numeric();
    }

    /** Folds {@code value} into {@code hash}: {@code fmix64(hash * 31 + value)}. */
    public static long mix(long hash, long value) {
        long h = hash * 31 + value;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }
}
