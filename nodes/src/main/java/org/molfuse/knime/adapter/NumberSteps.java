package org.molfuse.knime.adapter;

import org.molfuse.core.operator.Parameter;

/** The step of a number spinner in a dialog: arrow clicks should move a setting by a sensible amount. */
public final class NumberSteps {

    private NumberSteps() {
    }

    /**
     * The power of ten just below the default (0.001 for a learning rate of 0.001, 0.1 for a fraction of 0.8), never
     * wider than a tenth of the range; 0.1 of the range for a default of zero.
     */
    public static double step(Parameter.Real parameter) {
        double range = parameter.max() - parameter.min();
        double tenth = range > 0 && Double.isFinite(range) ? decade(range / 10) : 0.1;
        double magnitude = Math.abs(parameter.defaultValue());
        return magnitude == 0 ? tenth : Math.min(decade(magnitude), tenth);
    }

    /** The largest power of ten not above {@code value} (value &gt; 0). */
    static double decade(double value) {
        return Math.pow(10, Math.floor(Math.log10(value) + 1e-9));
    }
}
