package org.molfuse.knime.adapter;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponent;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnFilter;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelFilterString;
import org.knime.core.node.defaultnodesettings.SettingsModelNumber;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.molfuse.core.operator.Operator;
import org.molfuse.core.operator.Parameter;

/**
 * The dialog of a MolFuse node, built from its operator's parameters in their order: each shows the parameter's
 * label, and its description as the tooltip. Column lists get a titled group, since the filter has no label.
 */
final class OperatorNodeDialog extends DefaultNodeSettingsPane {

    OperatorNodeDialog(Operator operator) {
        for (Parameter parameter : operator.parameters()) {
            SettingsModel model = ParameterSettings.createModel(parameter);
            if (parameter instanceof Parameter.ColumnNames columns) {
                createNewGroup(columns.label());
                add(new DialogComponentColumnFilter((SettingsModelFilterString) model, columns.port(), false,
                        new AcceptedColumns(columns.accepted()), false), parameter);
                closeCurrentGroup();
            } else {
                add(component(parameter, model), parameter);
            }
        }
    }

    private void add(DialogComponent component, Parameter parameter) {
        component.setToolTipText(parameter.description());
        addDialogComponent(component);
    }

    private static DialogComponent component(Parameter parameter, SettingsModel model) {
        String label = parameter.label();
        if (parameter instanceof Parameter.Int) {
            return new DialogComponentNumber((SettingsModelNumber) model, label, 1);
        }
        if (parameter instanceof Parameter.Real real) {
            return new DialogComponentNumber((SettingsModelNumber) model, label, NumberSteps.step(real));
        }
        if (parameter instanceof Parameter.Flag) {
            return new DialogComponentBoolean((SettingsModelBoolean) model, label);
        }
        if (parameter instanceof Parameter.Choice choice) {
            return new DialogComponentStringSelection((SettingsModelString) model, label, choice.choices());
        }
        if (parameter instanceof Parameter.ColumnName column) {
            // an optional column may be "none"; a required one must name an accepted column
            return new DialogComponentColumnNameSelection((SettingsModelString) model, label, column.port(),
                    !column.optional(), column.optional(), new AcceptedColumns(column.accepted()));
        }
        // Text and FilePath
        return new DialogComponentString((SettingsModelString) model, label);
    }
}
