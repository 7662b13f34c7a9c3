package org.molfuse.core.data;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The number syntax accepted when a STRING column read from CSV becomes numeric.
 *
 * <p>Only plain decimal notation is accepted ({@code -1.5}, {@code .5}, {@code 2e-3}, infinities as {@code inf} or
 * {@code Infinity}); Java-only forms that {@link Double#parseDouble} would take, such as {@code 1d} or hex floats,
 * are rejected because in a data file they are typos, not numbers.
 */
final class NumberText {

    /** Spellings of "no value" written by spreadsheets, R and pandas; compared case-insensitively after trimming. */
    static final Set<String> MISSING_TOKENS = Set.of("", "na", "n/a", "nan", "null", "none");

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    private NumberText() {
    }

    /**
     * Shortest text that reads back to the same double, without a trailing ".0" on whole numbers, so fingerprint
     * bits and counts are written as 0, 1, 2 rather than 0.0, 1.0, 2.0.
     */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15 && !(value == 0.0 && 1 / value < 0)) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    static boolean isMissingToken(String text) {
        return MISSING_TOKENS.contains(text.trim().toLowerCase(Locale.ROOT));
    }

    /** Parses trimmed decimal text; throws {@link NumberFormatException} with a short reason otherwise. */
    static double parseDouble(String text) {
        String trimmed = text.trim();
        if (DECIMAL.matcher(trimmed).matches()) {
            return Double.parseDouble(trimmed);
        }
        switch (trimmed.toLowerCase(Locale.ROOT)) {
            case "inf", "+inf", "infinity", "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                throw new NumberFormatException("'" + text + "' is not a number");
        }
    }

    /**
     * Parses an integer; a decimal with an integral value such as {@code 1.0} is accepted too, because pandas writes
     * integer columns that contain missing values as floats.
     */
    static int parseInt(String text) {
        String trimmed = text.trim();
        if (INTEGER.matcher(trimmed).matches()) {
            try {
                return Integer.parseInt(trimmed);
            } catch (NumberFormatException e) {
                throw new NumberFormatException("'" + text + "' is outside the int range");
            }
        }
        if (DECIMAL.matcher(trimmed).matches()) {
            double value = Double.parseDouble(trimmed);
            if (value != Math.rint(value)) {
                throw new NumberFormatException("'" + text + "' is not a whole number");
            }
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw new NumberFormatException("'" + text + "' is outside the int range");
            }
            return (int) value;
        }
        throw new NumberFormatException("'" + text + "' is not an integer");
    }
}
