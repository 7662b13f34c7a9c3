package org.molfuse.core.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.molfuse.core.data.ColumnType;

class ParameterTest {

    private static final Parameter.Int EPOCHS = new Parameter.Int("epochs", "Epochs", "Passes.", 30, 1, 100);
    private static final Parameter.Real RATE = new Parameter.Real("rate", "Rate", "Step.", 0.1, 0, 1);
    private static final Parameter.Choice MODEL = new Parameter.Choice("model", "Model", "Kind.", "gin",
            List.of("gin", "gcn"));
    private static final Parameter.ColumnNames TARGETS = new Parameter.ColumnNames("targets", "Targets", "Labels.",
            0, Set.of(ColumnType.DOUBLE));

    @Test
    void boundsAreInclusiveAndViolationsNameTheSetting() {
        assertEquals(1, EPOCHS.check(1));
        assertEquals(100, EPOCHS.check(100));
        InvalidParameterException tooMany = assertThrows(InvalidParameterException.class, () -> EPOCHS.check(101));
        assertEquals("setting 'epochs' (Epochs): 101 is outside [1, 100]", tooMany.getMessage());
        assertThrows(InvalidParameterException.class, () -> EPOCHS.check("30"));
    }

    @Test
    void realsRejectNanAndAcceptWholeNumbers() {
        assertEquals(1.0, RATE.check(1));
        InvalidParameterException nan = assertThrows(InvalidParameterException.class, () -> RATE.check(Double.NaN));
        assertTrue(nan.getMessage().startsWith("setting 'rate' (Rate): NaN is outside"), nan.getMessage());
    }

    @Test
    void choicesAndColumnListsCheckTheirContent() {
        assertEquals("gcn", MODEL.check("gcn"));
        InvalidParameterException unknown = assertThrows(InvalidParameterException.class, () -> MODEL.check("gat"));
        assertEquals("setting 'model' (Model): 'gat' is not one of [gin, gcn]", unknown.getMessage());
        assertEquals(List.of("a", "b"), TARGETS.check(List.of("a", "b")));
        assertThrows(InvalidParameterException.class, () -> TARGETS.check(List.of("a", 3)));
    }

    @Test
    void declarationsAreCheckedToo() {
        assertThrows(IllegalArgumentException.class, () -> new Parameter.Int("n", "N", "d", 0, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> new Parameter.Choice("c", "C", "d", "x", List.of("y")));
        assertThrows(IllegalArgumentException.class, () -> new Parameter.Flag("Bad Key", "B", "d", true));
    }

    @Test
    void valuesStartAtTheDefaultsAndChangeOnlyThroughChecks() {
        ParameterValues defaults = ParameterValues.defaults(List.of(EPOCHS, RATE, MODEL, TARGETS));
        assertEquals(30, defaults.integer("epochs"));
        assertEquals(List.of(), defaults.strings("targets"));
        ParameterValues changed = defaults.with("epochs", 5).with("targets", List.of("y"));
        assertEquals(5, changed.integer("epochs"));
        assertEquals(30, defaults.integer("epochs"), "values are immutable");
        assertThrows(InvalidParameterException.class, () -> defaults.with("epochs", 0));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> defaults.with("epoch", 5));
        assertTrue(unknown.getMessage().contains("[epochs, rate, model, targets]"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ParameterValues.defaults(List.of(EPOCHS, EPOCHS)));
    }
}
