package org.molfuse.core.lm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits SMILES into atom-level tokens, as the SMILES language models of seeds 000, 001 and 003 do: a bracket atom
 * ({@code [C@@H]}, {@code [nH]}, {@code [Na+]}) is one token, the two-letter organic-subset elements {@code Cl} and
 * {@code Br} are one token each, ring closures are one digit or {@code %} with two digits, and every bond, branch,
 * dot, stereo and reaction symbol is its own token. The tokens concatenate back to the input exactly, so
 * {@code String.join("", tokenize(s)).equals(s)} for every accepted SMILES.
 */
public final class SmilesTokenizer {

    /**
     * Alternatives in priority order: bracket atoms first, then the two-letter elements before their one-letter
     * prefixes (Br before B, Cl before C), aromatic atoms, two-digit ring closures before single digits.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "\\[[^\\[\\]]+]|Br|Cl|B|C|N|O|S|P|F|I|b|c|n|o|s|p|\\*|%[0-9]{2}|[0-9]|[()=#$:/\\\\.+\\-~@?>]");

    /**
     * The tokens of {@code smiles}.
     *
     * @throws IllegalArgumentException naming the first character (counted from 1) that no token covers, such as a
     *                                  space, an unclosed bracket or an element outside the organic subset written
     *                                  without brackets
     */
    public List<String> tokenize(String smiles) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(smiles);
        int position = 0;
        while (position < smiles.length()) {
            if (!matcher.find(position) || matcher.start() != position) {
                throw new IllegalArgumentException("SMILES '" + smiles + "' has no token at character "
                        + (position + 1) + " ('" + smiles.charAt(position) + "')");
            }
            tokens.add(matcher.group());
            position = matcher.end();
        }
        return tokens;
    }
}
