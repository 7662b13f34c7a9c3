package org.molfuse.core.operator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of one operator instance: a checked value for every parameter, in canonical types (String, Integer,
 * Double, Boolean, List of String). Immutable; {@link #with(String, Object)} returns a changed copy.
 */
public final class ParameterValues {

    private final Map<String, Parameter> parameters;
    private final Map<String, Object> values;

    private ParameterValues(Map<String, Parameter> parameters, Map<String, Object> values) {
        this.parameters = parameters;
        this.values = values;
    }

    /** Every parameter at its default. */
    public static ParameterValues defaults(List<Parameter> parameters) {
        Map<String, Parameter> byKey = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            if (byKey.put(parameter.key(), parameter) != null) {
                throw new IllegalArgumentException("parameter key '" + parameter.key() + "' is declared twice");
            }
            values.put(parameter.key(), parameter.defaultValue());
        }
        return new ParameterValues(byKey, values);
    }

    public static ParameterValues defaults(Operator operator) {
        return defaults(operator.parameters());
    }

    /** A copy with {@code key} set to {@code value}, checked by its parameter. */
    public ParameterValues with(String key, Object value) {
        Parameter parameter = parameter(key);
        Map<String, Object> changed = new LinkedHashMap<>(values);
        changed.put(key, parameter.check(value));
        return new ParameterValues(parameters, changed);
    }

    public Parameter parameter(String key) {
        Parameter parameter = parameters.get(key);
        if (parameter == null) {
            throw new IllegalArgumentException("there is no setting '" + key + "'; the settings are "
                    + parameters.keySet());
        }
        return parameter;
    }

    public List<Parameter> parameters() {
        return List.copyOf(parameters.values());
    }

    public Object get(String key) {
        parameter(key);
        return values.get(key);
    }

    public String string(String key) {
        return (String) get(key);
    }

    public int integer(String key) {
        return (Integer) get(key);
    }

    public double real(String key) {
        return (Double) get(key);
    }

    public boolean flag(String key) {
        return (Boolean) get(key);
    }

    @SuppressWarnings("unchecked")
    public List<String> strings(String key) {
        return (List<String>) get(key);
    }

    /** The values by key, in declaration order. */
    public Map<String, Object> asMap() {
        return java.util.Collections.unmodifiableMap(values);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParameterValues that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
