package org.molfuse.knime.adapter;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Gathers the warnings of one execution into the single message a KNIME node shows: each distinct warning once, in
 * the order they came, and at most a few of them so the node's tooltip stays readable.
 */
public final class WarningCollector {

    static final int MAX_SHOWN = 5;

    private final Set<String> warnings = new LinkedHashSet<>();

    public synchronized void add(String warning) {
        if (warning != null && !warning.isBlank()) {
            warnings.add(warning.strip());
        }
    }

    /** The node's warning message, or null when there was none. */
    public synchronized String message() {
        if (warnings.isEmpty()) {
            return null;
        }
        StringBuilder message = new StringBuilder();
        int shown = 0;
        for (String warning : warnings) {
            if (shown == MAX_SHOWN) {
                break;
            }
            if (shown > 0) {
                message.append('\n');
            }
            message.append(warning);
            shown++;
        }
        int hidden = warnings.size() - shown;
        if (hidden > 0) {
            message.append("\n(and ").append(hidden).append(hidden == 1 ? " more warning)" : " more warnings)");
        }
        return message.toString();
    }
}
