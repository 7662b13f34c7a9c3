package org.molfuse.core.operator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.UnaryOperator;
import org.molfuse.core.data.ColumnType;
import org.molfuse.core.data.Table;

/** What every host does around an operator: fill in and check column settings, check ports, then run. */
public final class Operators {

    private Operators() {
    }

    /**
     * The settings with every empty, non-optional column setting filled in from the input spec (the first accepted
     * column matching the setting's preferred name, else the first accepted column), and every column setting
     * checked against it. Settings of a port whose spec is unknown (null) are left as they are.
     *
     * @throws InvalidParameterException naming the setting when a column is absent, of the wrong type, or when no
     *                                   column fits
     */
    public static ParameterValues resolve(Operator operator, ParameterValues values, List<PortSpec> inputs) {
        ParameterValues resolved = values;
        for (Parameter parameter : operator.parameters()) {
            if (parameter instanceof Parameter.ColumnName column) {
                TableSpec spec = tableSpecAt(inputs, column.port());
                if (spec != null) {
                    resolved = resolved.with(column.key(), resolveColumn(column, resolved.string(column.key()), spec));
                }
            } else if (parameter instanceof Parameter.ColumnNames columns) {
                TableSpec spec = tableSpecAt(inputs, columns.port());
                if (spec != null) {
                    for (String name : resolved.strings(columns.key())) {
                        requireColumn(columns, name, columns.accepted(), spec);
                    }
                }
            }
        }
        return resolved;
    }

    /**
     * The settings with every non-empty file setting passed through {@code hostPath}, which turns a host's file
     * reference (such as KNIME's workflow-relative {@code knime://knime.workflow/} URLs) into a local path.
     */
    public static ParameterValues mapFilePaths(ParameterValues values, UnaryOperator<String> hostPath) {
        ParameterValues mapped = values;
        for (Parameter parameter : values.parameters()) {
            if (parameter instanceof Parameter.FilePath && !values.string(parameter.key()).isEmpty()) {
                try {
                    mapped = mapped.with(parameter.key(), hostPath.apply(values.string(parameter.key())));
                } catch (IllegalArgumentException unresolvable) {
                    throw new InvalidParameterException(parameter, unresolvable.getMessage());
                }
            }
        }
        return mapped;
    }

    /** Resolves the settings against the actual inputs, checks the port kinds and executes. */
    public static List<PortValue> execute(Operator operator, List<PortValue> inputs, ParameterValues values,
            ExecutionControl control) throws Exception {
        if (inputs.size() != operator.inputs().size()) {
            throw new IllegalArgumentException(operator.name() + " takes " + operator.inputs().size()
                    + " inputs, got " + inputs.size());
        }
        List<PortSpec> specs = new ArrayList<>();
        for (int port = 0; port < inputs.size(); port++) {
            PortValue value = inputs.get(port);
            if (value == null) {
                if (!operator.inputs().get(port).optional()) {
                    throw new IllegalArgumentException(operator.name() + " needs input " + (port + 1) + " ("
                            + operator.inputs().get(port).name() + ")");
                }
                specs.add(null);
                continue;
            }
            PortKind expected = operator.inputs().get(port).kind();
            PortKind actual = value instanceof PortValue.TableValue ? PortKind.TABLE : PortKind.MODEL;
            if (actual != expected) {
                throw new IllegalArgumentException(operator.name() + " expects a " + expected.name().toLowerCase()
                        + " at input " + (port + 1) + " (" + operator.inputs().get(port).name() + "), got a "
                        + actual.name().toLowerCase());
            }
            specs.add(value.spec());
        }
        ParameterValues resolved = resolve(operator, values, specs);
        control.checkCancelled();
        List<PortValue> outputs;
        try {
            outputs = operator.execute(inputs, resolved, control);
        } catch (CancellationException e) {
            // the batch featurizer's way of stopping
            throw new OperationCancelledException();
        }
        if (outputs.size() != operator.outputs().size()) {
            throw new IllegalStateException(operator.name() + " produced " + outputs.size() + " outputs, declares "
                    + operator.outputs().size());
        }
        control.progress(1, null);
        return outputs;
    }

    /** The table spec at {@code port}, or null when it is not known yet. */
    public static TableSpec tableSpecAt(List<PortSpec> specs, int port) {
        PortSpec spec = port < specs.size() ? specs.get(port) : null;
        if (spec == null) {
            return null;
        }
        if (!(spec instanceof TableSpec table)) {
            throw new IllegalArgumentException("input " + (port + 1) + " must be a table");
        }
        return table;
    }

    /** The model spec at {@code port}, or null when it is not known yet. */
    public static ModelSpec modelSpecAt(List<PortSpec> specs, int port) {
        PortSpec spec = port < specs.size() ? specs.get(port) : null;
        if (spec == null) {
            return null;
        }
        if (!(spec instanceof ModelSpec model)) {
            throw new IllegalArgumentException("input " + (port + 1) + " must be a model");
        }
        return model;
    }

    public static Table tableAt(List<PortValue> values, int port) {
        if (!(values.get(port) instanceof PortValue.TableValue table)) {
            throw new IllegalArgumentException("input " + (port + 1) + " must be a table");
        }
        return table.table();
    }

    /** The model at an optional input, or null when that input is not connected. */
    public static PortValue.ModelValue optionalModelAt(List<PortValue> values, int port) {
        return values.get(port) == null ? null : modelAt(values, port);
    }

    public static PortValue.ModelValue modelAt(List<PortValue> values, int port) {
        if (!(values.get(port) instanceof PortValue.ModelValue model)) {
            throw new IllegalArgumentException("input " + (port + 1) + " must be a model");
        }
        return model;
    }

    private static String resolveColumn(Parameter.ColumnName parameter, String chosen, TableSpec spec) {
        if (!chosen.isEmpty()) {
            requireColumn(parameter, chosen, parameter.accepted(), spec);
            return chosen;
        }
        if (parameter.optional()) {
            return chosen;
        }
        List<ColumnSpec> candidates = spec.columns().stream()
                .filter(column -> parameter.accepted().contains(column.type())).toList();
        Optional<ColumnSpec> preferred = candidates.stream().filter(column -> parameter.prefers(column.name()))
                .findFirst();
        return preferred.or(() -> candidates.stream().findFirst()).map(ColumnSpec::name)
                .orElseThrow(() -> new InvalidParameterException(parameter, "the input table has no column of type "
                        + describe(parameter.accepted()) + "; its columns are " + spec.names()));
    }

    private static void requireColumn(Parameter parameter, String name, Set<ColumnType>
            accepted, TableSpec spec) {
        ColumnSpec column = spec.find(name).orElseThrow(() -> new InvalidParameterException(parameter,
                "column '" + name + "' is not in the input table; its columns are " + spec.names()));
        if (!accepted.contains(column.type())) {
            throw new InvalidParameterException(parameter, "column '" + name + "' holds " + column.type()
                    .name().toLowerCase() + " cells; expected " + describe(accepted));
        }
    }

    private static String describe(Set<ColumnType> types) {
        return types.stream().map(type -> type.name().toLowerCase().replace('_', ' ')).sorted().toList().toString();
    }
}
