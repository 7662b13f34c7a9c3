package org.molfuse.core.operator;

import java.util.List;

/**
 * One MolFuse node, free of any host API. Hosts call {@link Operators#resolve} before {@link #configure} and
 * {@link #execute}, so operators see every column setting filled in and naming an existing column of an accepted
 * type.
 */
public interface Operator {

    /** The node name, e.g. "SMILES Standardizer". */
    String name();

    OperatorCategory category();

    /** One sentence for the node repository. */
    String summary();

    List<PortDefinition> inputs();

    List<PortDefinition> outputs();

    List<Parameter> parameters();

    /**
     * The output specs for these input specs and settings, without executing (KNIME's configure). An entry is null
     * where the output cannot be known before execution.
     *
     * @throws InvalidParameterException when the settings do not fit the inputs, naming the setting
     */
    List<PortSpec> configure(List<PortSpec> inputs, ParameterValues values);

    /**
     * Computes the outputs. Bad rows never throw: they become missing cells with a reason. Throws
     * {@link OperationCancelledException} when {@code control} is cancelled, {@link IllegalArgumentException} with
     * a message for the user when the input as a whole cannot be processed.
     */
    List<PortValue> execute(List<PortValue> inputs, ParameterValues values, ExecutionControl control)
            throws Exception;
}
