package org.molfuse.core.chem;

import java.util.Locale;

/** Turns CDK's {@link org.openscience.cdk.exception.InvalidSmilesException} text into a short message with a position. */
final class SmilesErrors {

    private SmilesErrors() {
    }

    /**
     * CDK (Beam) reports {@code could not parse 'SMILES', <reason>:\n<SMILES>\n   ^}; the caret column is the 0-based
     * offset of the offending character in the trimmed input.
     */
    static String describe(String cdkMessage) {
        String text = cdkMessage == null ? "" : cdkMessage;
        String[] lines = text.split("\\R");
        String reason = reason(lines[0]);
        int position = caretPosition(lines);
        String where = position > 0 ? "unparsable at character " + position : "unparsable (no position given)";
        return reason.isEmpty() ? where : where + ": " + reason;
    }

    private static String reason(String firstLine) {
        String reason = firstLine;
        int quoteEnd = firstLine.lastIndexOf("', ");
        if (firstLine.startsWith("could not parse '") && quoteEnd >= 0) {
            reason = firstLine.substring(quoteEnd + 3);
        }
        reason = reason.strip();
        if (reason.endsWith(":")) {
            reason = reason.substring(0, reason.length() - 1);
        }
        if (!reason.isEmpty()) {
            reason = reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
        }
        return reason;
    }

    /** 1-based column of the caret line, or 0 when there is none. */
    private static int caretPosition(String[] lines) {
        for (int i = lines.length - 1; i > 0; i--) {
            String line = lines[i];
            if (line.strip().equals("^")) {
                return line.indexOf('^') + 1;
            }
        }
        return 0;
    }
}
