package org.molfuse.core.workflow;

import java.util.List;
import org.molfuse.core.operator.InvalidParameterException;
import org.molfuse.core.operator.Parameter;
import org.molfuse.core.operator.ParameterValues;

/**
 * An operator's parameter values as the {@code model} config of a node's settings.xml, entry for entry what the
 * KNIME node's settings models save under the parameter keys: text, choice, column and file settings as
 * {@code xstring} (a column selection set to none is a null string), whole numbers as {@code xint}, numbers as
 * {@code xdouble}, flags as {@code xboolean}, and column lists as KNIME's filter-string config (include and exclude
 * lists). Keys the operator does not declare (such as the {@code _Internals} configs KNIME's dialogs add) are ignored.
 */
public final class ParameterConfig {

    private static final String INCLUDE = "InclList";
    private static final String EXCLUDE = "ExclList";
    private static final String KEEP_ALL = "keep_all_columns_selected";

    private ParameterConfig() {
    }

    /**
     * The values stored in {@code model}, each checked by its parameter. A setting of the wrong type fails, as it
     * fails to load in KNIME; an absent one, from a workflow saved before its parameter existed, keeps the default,
     * as the KNIME node loads it.
     *
     * @throws InvalidParameterException naming the setting
     */
    public static ParameterValues read(List<Parameter> parameters, KnimeConfig model) {
        ParameterValues values = ParameterValues.defaults(parameters);
        for (Parameter parameter : parameters) {
            if (!model.contains(parameter.key())) {
                continue;
            }
            Object value;
            try {
                value = stored(parameter, model);
            } catch (IllegalArgumentException unreadable) {
                throw new InvalidParameterException(parameter, "cannot be read from the node settings: "
                        + unreadable.getMessage());
            }
            values = values.with(parameter.key(), value);
        }
        return values;
    }

    private static Object stored(Parameter parameter, KnimeConfig model) {
        String key = parameter.key();
        if (parameter instanceof Parameter.Int) {
            return model.getInt(key);
        }
        if (parameter instanceof Parameter.Real) {
            return model.getDouble(key);
        }
        if (parameter instanceof Parameter.Flag) {
            return model.getBoolean(key);
        }
        if (parameter instanceof Parameter.ColumnNames) {
            return model.requireConfig(key).getStringArray(INCLUDE);
        }
        String text = model.getString(key);
        return text == null ? "" : text;
    }

    /** Writes {@code values} into {@code model} as the KNIME node saves them. */
    public static KnimeConfig write(ParameterValues values, KnimeConfig model) {
        for (Parameter parameter : values.parameters()) {
            String key = parameter.key();
            Object value = values.get(key);
            if (parameter instanceof Parameter.Int) {
                model.addInt(key, (Integer) value);
            } else if (parameter instanceof Parameter.Real) {
                model.addDouble(key, (Double) value);
            } else if (parameter instanceof Parameter.Flag) {
                model.addBoolean(key, (Boolean) value);
            } else if (parameter instanceof Parameter.ColumnNames) {
                KnimeConfig lists = model.addConfig(key);
                lists.addStringArray(INCLUDE, values.strings(key));
                lists.addStringArray(EXCLUDE, List.of());
                lists.addBoolean(KEEP_ALL, false);
            } else {
                model.addString(key, (String) value);
            }
        }
        return model;
    }
}
