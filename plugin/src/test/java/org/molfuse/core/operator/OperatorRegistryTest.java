package org.molfuse.core.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperatorRegistryTest {

    @Test
    void everyNodeHasOneFactoryNameOneNameAndDescribedSettings() {
        Set<String> factories = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (OperatorRegistry.Entry entry : OperatorRegistry.entries()) {
            assertTrue(factories.add(entry.factoryClass()), entry.factoryClass());
            Operator operator = entry.operator().get();
            assertTrue(names.add(operator.name()), operator.name());
            assertTrue(entry.factoryClass().startsWith("org.molfuse.knime." + operator.category().levelId() + "."),
                    "the factory's package shows its category: " + entry.factoryClass());
            assertTrue(entry.factoryClass().endsWith("NodeFactory"), entry.factoryClass());
            ParameterValues.defaults(operator); // throws on a key declared twice
            for (Parameter parameter : operator.parameters()) {
                assertFalse(parameter.description().isBlank(), operator.name() + " " + parameter.key());
                if (parameter instanceof Parameter.ColumnName column) {
                    assertEquals(PortKind.TABLE, operator.inputs().get(column.port()).kind());
                }
            }
            assertFalse(operator.summary().isBlank());
        }
        assertEquals(14, factories.size());
    }

    @Test
    void anUnknownFactoryIsNamed() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> OperatorRegistry.create("org.knime.base.node.io.filereader.FileReaderNodeFactory"));
        assertTrue(error.getMessage().startsWith("unknown node factory "
                + "'org.knime.base.node.io.filereader.FileReaderNodeFactory': not a MolFuse node"), error.getMessage());
        assertEquals("Scorer", OperatorRegistry.create("org.molfuse.knime.scoring.scorer.ScorerNodeFactory").name());
        assertEquals(List.of(), OperatorRegistry.create("org.molfuse.knime.data.reader.DatasetReaderNodeFactory")
                .inputs());
    }
}
