package org.molfuse.core.eval;

/**
 * A metric result: a value with {@code reason == null}, or NaN with the reason the metric is undefined on this data
 * (for example "only one class present in the labels").
 */
public record MetricValue(double value, String reason) {

    public MetricValue {
        if (reason == null && Double.isNaN(value)) {
            throw new IllegalArgumentException("a NaN metric value needs a reason");
        }
        if (reason != null && !Double.isNaN(value)) {
            throw new IllegalArgumentException("an undefined metric value must be NaN, got " + value);
        }
    }

    public static MetricValue of(double value) {
        return new MetricValue(value, null);
    }

    public static MetricValue undefined(String reason) {
        return new MetricValue(Double.NaN, reason);
    }

    public boolean isDefined() {
        return reason == null;
    }
}
