package org.molfuse.core.chem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Allowed total valences (sum of bond orders plus hydrogens) of the common organic elements, in the spirit of RDKit's
 * valence table. Only B, C, N, O, F, P, S, Cl, Br and I are checked; every other element passes.
 *
 * <p>The rule is isoelectronic: a charge q leaves {@code v = valenceElectrons - q} electrons. With fewer than four the
 * atom forms {@code v} bonds (B: 3, C+: 3); with four or more it forms {@code 8 - v} (C: 4, N: 3, N+: 4, N-: 2, O: 2,
 * O+: 3, O-: 1, F: 1, F-: 0); third-row and heavier elements may expand the octet two bonds at a time up to {@code v}.
 * Resulting neutral and singly charged values:
 * <pre>
 *        -1         0           +1
 * B      4          3           2
 * C      3          4           3
 * N      2          3           4
 * O      1          2           3
 * F      0          1           2
 * P      2,4,6      3,5         4
 * S      1,3,5,7    2,4,6       3,5
 * Cl/Br/I 0         1,3,5,7     2,4,6
 * </pre>
 * Valences below the largest allowed value pass as well, because bracket atoms may legitimately be radicals or
 * carbenes ({@code [CH3]}, {@code [CH2]}); a valence is a problem only when it exceeds the maximum.
 */
final class AllowedValences {

    /** Valence electrons of the checked elements, and whether the element can expand its octet. */
    private record Element(int valenceElectrons, boolean expandsOctet) {
    }

    private static final Map<Integer, Element> CHECKED = Map.of(
            5, new Element(3, false),
            6, new Element(4, false),
            7, new Element(5, false),
            8, new Element(6, false),
            9, new Element(7, false),
            15, new Element(5, true),
            16, new Element(6, true),
            17, new Element(7, true),
            35, new Element(7, true),
            53, new Element(7, true));

    private AllowedValences() {
    }

    static boolean isChecked(int atomicNumber) {
        return CHECKED.containsKey(atomicNumber);
    }

    /** Allowed valences in increasing order, or an empty list when the element is not checked. */
    static List<Integer> allowed(int atomicNumber, int charge) {
        Element element = CHECKED.get(atomicNumber);
        if (element == null) {
            return List.of();
        }
        int v = element.valenceElectrons() - charge;
        List<Integer> values = new ArrayList<>();
        if (v <= 0 || v >= 8) {
            values.add(0);
        } else if (v < 4) {
            values.add(v);
        } else {
            for (int valence = 8 - v; valence <= (element.expandsOctet() ? v : 8 - v); valence += 2) {
                values.add(valence);
            }
        }
        return values;
    }

    /** True when {@code valence} does not exceed the largest allowed value (always true for unchecked elements). */
    static boolean isAllowed(int atomicNumber, int charge, int valence) {
        List<Integer> values = allowed(atomicNumber, charge);
        return values.isEmpty() || valence <= values.get(values.size() - 1);
    }

    /** "4" or "2, 4 or 6". */
    static String describe(int atomicNumber, int charge) {
        List<Integer> values = allowed(atomicNumber, charge);
        if (values.size() == 1) {
            return values.get(0).toString();
        }
        String head = values.subList(0, values.size() - 1).stream().map(String::valueOf).collect(Collectors.joining(", "));
        return head + " or " + values.get(values.size() - 1);
    }
}
