package org.molfuse.knime.adapter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelFilterString;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.molfuse.core.operator.Parameter;
import org.molfuse.core.operator.ParameterValues;

/**
 * An operator's parameters as KNIME settings models, one per parameter under the parameter's key: text, choice,
 * column and file settings as strings, whole numbers and numbers bounded to the parameter's range, flags as booleans,
 * column lists as a filter's include list. These keys and entry types are the ones
 * {@code org.molfuse.core.workflow.ParameterConfig} reads and writes for the headless runner, so saved workflows run
 * in both.
 */
final class ParameterSettings {

    private final List<Parameter> parameters;
    private final Map<String, SettingsModel> models = new LinkedHashMap<>();

    ParameterSettings(List<Parameter> parameters) {
        this.parameters = List.copyOf(parameters);
        for (Parameter parameter : parameters) {
            models.put(parameter.key(), createModel(parameter));
        }
    }

    /** A fresh settings model at the parameter's default; the dialog makes its own from this too. */
    static SettingsModel createModel(Parameter parameter) {
        if (parameter instanceof Parameter.Int whole) {
            return new SettingsModelIntegerBounded(whole.key(), whole.defaultValue(), whole.min(), whole.max());
        }
        if (parameter instanceof Parameter.Real real) {
            return new SettingsModelDoubleBounded(real.key(), real.defaultValue(), real.min(), real.max());
        }
        if (parameter instanceof Parameter.Flag flag) {
            return new SettingsModelBoolean(flag.key(), flag.defaultValue());
        }
        if (parameter instanceof Parameter.ColumnNames) {
            return new SettingsModelFilterString(parameter.key());
        }
        // Text, Choice, ColumnName and FilePath
        return new SettingsModelString(parameter.key(), (String) parameter.defaultValue());
    }

    /** The current values, checked by their parameters. */
    ParameterValues values() throws InvalidSettingsException {
        return valuesOf(models);
    }

    /**
     * Checks settings without taking them: each model reads its entry, then every parameter checks its value. A
     * setting the workflow does not have, because it was saved before the parameter existed, keeps its default.
     */
    void validate(NodeSettingsRO settings) throws InvalidSettingsException {
        Map<String, SettingsModel> candidates = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            String key = parameter.key();
            candidates.put(key, settings.containsKey(key)
                    ? models.get(key).createCloneWithValidatedValue(settings) : createModel(parameter));
        }
        valuesOf(candidates);
    }

    /** Takes validated settings; a setting the workflow does not have takes the parameter's default. */
    void load(NodeSettingsRO settings) throws InvalidSettingsException {
        for (Parameter parameter : parameters) {
            String key = parameter.key();
            if (settings.containsKey(key)) {
                models.get(key).loadSettingsFrom(settings);
            } else {
                models.put(key, createModel(parameter));
            }
        }
    }

    void save(NodeSettingsWO settings) {
        for (SettingsModel model : models.values()) {
            model.saveSettingsTo(settings);
        }
    }

    /** Stores the columns resolution picked for empty column settings, so the dialog and saved workflow show them. */
    void writeBackColumns(ParameterValues resolved) {
        for (Parameter parameter : parameters) {
            if (parameter instanceof Parameter.ColumnName) {
                ((SettingsModelString) models.get(parameter.key())).setStringValue(resolved.string(parameter.key()));
            }
        }
    }

    private ParameterValues valuesOf(Map<String, SettingsModel> source) throws InvalidSettingsException {
        ParameterValues values = ParameterValues.defaults(parameters);
        try {
            for (Parameter parameter : parameters) {
                values = values.with(parameter.key(), value(parameter, source.get(parameter.key())));
            }
        } catch (IllegalArgumentException invalid) {
            throw new InvalidSettingsException(invalid.getMessage(), invalid);
        }
        return values;
    }

    private static Object value(Parameter parameter, SettingsModel model) {
        if (model instanceof SettingsModelInteger whole) {
            return whole.getIntValue();
        }
        if (model instanceof SettingsModelDouble real) {
            return real.getDoubleValue();
        }
        if (model instanceof SettingsModelBoolean flag) {
            return flag.getBooleanValue();
        }
        if (model instanceof SettingsModelFilterString columns) {
            return List.copyOf(columns.getIncludeList());
        }
        String text = ((SettingsModelString) model).getStringValue();
        // a column selection set to "none" stores null
        return text == null ? "" : text;
    }
}
