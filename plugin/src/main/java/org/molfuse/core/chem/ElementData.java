package org.molfuse.core.chem;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.openscience.cdk.config.Elements;
import org.openscience.cdk.config.IsotopeFactory;
import org.openscience.cdk.config.Isotopes;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IIsotope;
import org.openscience.cdk.tools.periodictable.PeriodicTable;

/**
 * Per-element numbers with the values RDKit's periodic table uses, derived from the periodic group (facts, checked
 * against RDKit 2022.09 for Z = 1..100): outer-shell electrons and the default valence that decides whether an atom
 * can take part in conjugation. Masses come from CDK's isotope abundances (within 0.02 Da of RDKit's weights); CDK
 * has none for elements without a stable isotope, which take the mass number of their longest-lived isotope, as
 * IUPAC brackets it and RDKit stores it.
 */
final class ElementData {

    static final int MAX_ATOMIC_NUMBER = 118;

    /** Pairs of atomic number and longest-lived mass number for the elements CDK gives no natural mass. */
    private static final int[][] LONGEST_LIVED_MASS_NUMBERS = {
        {43, 98}, {61, 145}, {84, 209}, {85, 210}, {86, 222}, {87, 223}, {88, 226}, {89, 227}, {93, 237},
        {94, 244}, {95, 243}, {96, 247}, {97, 247}, {98, 251}, {99, 252}, {100, 257}, {101, 258}, {102, 259},
        {103, 262}, {104, 267}, {105, 268}, {106, 269}, {107, 270}, {108, 269}, {109, 278}, {110, 281},
        {111, 281}, {112, 285}, {113, 284}, {114, 289}, {115, 288}, {116, 293}, {117, 292}, {118, 294}};

    private static final double[] NATURAL_MASS = naturalMasses();

    private ElementData() {
    }

    /** Valence-shell electrons: the group for s and d blocks (group 12 counts 2), group - 10 for the p block. */
    static int outerElectrons(int z) {
        if (z == 2) {
            return 2;
        }
        if (z >= 58 && z <= 71) {
            return z == 58 ? 4 : z - 56; // lanthanides as RDKit numbers them
        }
        if (z >= 90 && z <= 103) {
            return z == 90 ? 4 : z - 88; // actinides as RDKit numbers them
        }
        int group = group(z);
        if (group <= 11) {
            return group;
        }
        return group == 12 ? 2 : group - 10;
    }

    /** Lowest common valence of main-group elements; -1 for transition metals, lanthanides and actinides. */
    static int defaultValence(int z) {
        if (z == 1) {
            return 1;
        }
        if (z == 50 || z == 82) {
            return 2; // tin and lead: RDKit lists the divalent state first
        }
        int group = (z >= 58 && z <= 71) || (z >= 90 && z <= 103) ? 0 : group(z);
        return switch (group) {
            case 1, 2 -> group;
            case 13, 15 -> 3;
            case 14 -> 4;
            case 16 -> 2;
            case 17 -> 1;
            case 18 -> 0;
            default -> -1;
        };
    }

    private static int group(int z) {
        Integer group = z >= 1 && z <= MAX_ATOMIC_NUMBER ? PeriodicTable.getGroup(Elements.ofNumber(z).symbol()) : null;
        return group == null ? 0 : group;
    }

    /** Average atomic mass, or the exact isotope mass when the atom carries a mass number. */
    static double mass(IAtom atom) {
        Integer z = atom.getAtomicNumber();
        if (z == null || z < 1 || z > MAX_ATOMIC_NUMBER) {
            return 0;
        }
        Integer massNumber = atom.getMassNumber();
        if (massNumber != null) {
            IIsotope isotope = isotopes().getIsotope(atom.getSymbol(), massNumber);
            return isotope != null && isotope.getExactMass() != null ? isotope.getExactMass() : massNumber;
        }
        return NATURAL_MASS[z];
    }

    private static double[] naturalMasses() {
        double[] masses = new double[MAX_ATOMIC_NUMBER + 1];
        IsotopeFactory isotopes = isotopes();
        for (int z = 1; z <= MAX_ATOMIC_NUMBER; z++) {
            masses[z] = isotopes.getNaturalMass(z);
        }
        for (int[] element : LONGEST_LIVED_MASS_NUMBERS) {
            if (!(masses[element[0]] > 0)) { // NaN or 0 when CDK lists no abundance
                masses[element[0]] = element[1];
            }
        }
        return masses;
    }

    private static IsotopeFactory isotopes() {
        try {
            return Isotopes.getInstance();
        } catch (IOException e) {
            throw new UncheckedIOException("CDK isotope table could not be read", e);
        }
    }
}
