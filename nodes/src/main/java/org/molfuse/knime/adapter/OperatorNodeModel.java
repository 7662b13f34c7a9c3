package org.molfuse.knime.adapter;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.molfuse.core.operator.ModelSpec;
import org.molfuse.core.operator.OperationCancelledException;
import org.molfuse.core.operator.Operator;
import org.molfuse.core.operator.Operators;
import org.molfuse.core.operator.ParameterValues;
import org.molfuse.core.operator.PortDefinition;
import org.molfuse.core.operator.PortKind;
import org.molfuse.core.operator.PortSpec;
import org.molfuse.core.operator.PortValue;
import org.molfuse.core.operator.TableSpec;

/** Runs one core {@link Operator} as a KNIME node: ports, settings, configure and execute all come from it. */
public final class OperatorNodeModel extends NodeModel {

    private final Operator operator;
    private final ParameterSettings settings;

    OperatorNodeModel(Operator operator) {
        super(portTypes(operator.inputs()), portTypes(operator.outputs()));
        this.operator = operator;
        this.settings = new ParameterSettings(operator.parameters());
    }

    static PortType[] portTypes(List<PortDefinition> ports) {
        PortType[] types = new PortType[ports.size()];
        for (int port = 0; port < types.length; port++) {
            PortDefinition definition = ports.get(port);
            if (definition.kind() == PortKind.TABLE) {
                // PortDefinition allows no optional table
                types[port] = BufferedDataTable.TYPE;
            } else {
                types[port] = definition.optional() ? MolFuseModelPortObject.TYPE_OPTIONAL
                        : MolFuseModelPortObject.TYPE;
            }
        }
        return types;
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        List<DataTableSpec> tables = tableSpecs(inSpecs);
        List<PortSpec> inputs = new ArrayList<>();
        List<PortSpec> outputs;
        try {
            for (PortObjectSpec spec : inSpecs) {
                inputs.add(KnimeSpecs.toCore(spec));
            }
            ParameterValues resolved = Operators.resolve(operator, settings.values(), inputs);
            settings.writeBackColumns(resolved);
            outputs = operator.configure(inputs, KnimeFilePaths.resolve(resolved));
        } catch (IllegalArgumentException invalid) {
            throw new InvalidSettingsException(invalid.getMessage(), invalid);
        }
        Set<String> originNames = KnimeSpecs.originNames(tables);
        PortObjectSpec[] specs = new PortObjectSpec[outputs.size()];
        for (int port = 0; port < specs.length; port++) {
            PortSpec output = outputs.get(port);
            if (output instanceof TableSpec table) {
                specs[port] = KnimeSpecs.toKnime(table, tables, originNames);
            } else if (output instanceof ModelSpec model) {
                specs[port] = new MolFuseModelPortObjectSpec(model);
            }
        }
        return specs;
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        List<PortValue> inputs = new ArrayList<>();
        List<HostCells> hostCells = new ArrayList<>();
        List<DataTableSpec> tables = new ArrayList<>();
        for (int port = 0; port < inObjects.length; port++) {
            if (inObjects[port] instanceof BufferedDataTable table) {
                HostCells read = InputTable.read(table, port, exec);
                inputs.add(PortValue.of(read.table()));
                hostCells.add(read);
                tables.add(table.getDataTableSpec());
            } else if (inObjects[port] == null) {
                // an unconnected optional input
                inputs.add(null);
                hostCells.add(null);
                tables.add(null);
            } else {
                inputs.add(((MolFuseModelPortObject) inObjects[port]).toModelValue());
                hostCells.add(null);
                tables.add(null);
            }
        }
        WarningCollector warnings = new WarningCollector();
        List<PortValue> outputs;
        try {
            outputs = Operators.execute(operator, inputs, KnimeFilePaths.resolve(settings.values()),
                    new KnimeExecutionControl(exec, warnings).part(0, 0.95));
        } catch (OperationCancelledException cancelled) {
            throw new CanceledExecutionException(cancelled.getMessage());
        }
        Set<String> originNames = KnimeSpecs.originNames(tables);
        PortObject[] results = new PortObject[outputs.size()];
        for (int port = 0; port < results.length; port++) {
            if (outputs.get(port) instanceof PortValue.TableValue table) {
                results[port] = OutputTable.write(table.table(), hostCells, tables, originNames, exec);
            } else {
                results[port] = new MolFuseModelPortObject((PortValue.ModelValue) outputs.get(port));
            }
        }
        setWarningMessage(warnings.message());
        return results;
    }

    private static List<DataTableSpec> tableSpecs(PortObjectSpec[] specs) {
        return Arrays.stream(specs).map(spec -> spec instanceof DataTableSpec table ? table : null).toList();
    }

    @Override
    protected void saveSettingsTo(NodeSettingsWO nodeSettings) {
        settings.save(nodeSettings);
    }

    @Override
    protected void validateSettings(NodeSettingsRO nodeSettings) throws InvalidSettingsException {
        settings.validate(nodeSettings);
    }

    @Override
    protected void loadValidatedSettingsFrom(NodeSettingsRO nodeSettings) throws InvalidSettingsException {
        settings.load(nodeSettings);
    }

    @Override
    protected void reset() {
        // nothing is kept between executions
    }

    @Override
    protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {
        // no internals: the outputs are the whole result
    }

    @Override
    protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {
        // no internals: the outputs are the whole result
    }
}
