package org.molfuse.core.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.molfuse.core.operator.InvalidParameterException;
import org.molfuse.core.operator.Operator;
import org.molfuse.core.operator.OperatorRegistry;
import org.molfuse.core.operator.ParameterValues;

/** Operator parameter values as the "model" config of a node's settings.xml, both ways. */
class ParameterConfigTest {

    private static final Operator LEARNER = OperatorRegistry.create(TestWorkflowTemplates.LEARNER);
    private static final Operator SPLITTER = OperatorRegistry.create(TestWorkflowTemplates.SPLITTER);

    /** The GNN Learner's model settings as KNIME saves them, written by hand; epochs is 5, two targets. */
    private static final String LEARNER_SETTINGS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<config xmlns=\"http://www.knime.org/2008/09/XMLConfig\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:schemaLocation=\"http://www.knime.org/2008/09/XMLConfig "
            + "http://www.knime.org/XMLConfig_2008_09.xsd\" "
            + "key=\"settings.xml\">\n"
            + "    <entry key=\"node_file\" type=\"xstring\" value=\"settings.xml\"/>\n"
            + "    <config key=\"model\">\n"
            + "        <entry key=\"smiles_column\" type=\"xstring\" value=\"standardized_smiles\"/>\n"
            + "        <config key=\"smiles_column_Internals\">\n"
            + "            <entry key=\"SettingsModelID\" type=\"xstring\" value=\"SMID_string\"/>\n"
            + "            <entry key=\"EnabledStatus\" type=\"xboolean\" value=\"true\"/>\n"
            + "        </config>\n"
            + "        <config key=\"target_columns\">\n"
            + "            <config key=\"InclList\">\n"
            + "                <entry key=\"array-size\" type=\"xint\" value=\"2\"/>\n"
            + "                <entry key=\"0\" type=\"xstring\" value=\"logS\"/>\n"
            + "                <entry key=\"1\" type=\"xstring\" value=\"pKa\"/>\n"
            + "            </config>\n"
            + "            <config key=\"ExclList\">\n"
            + "                <entry key=\"array-size\" type=\"xint\" value=\"1\"/>\n"
            + "                <entry key=\"0\" type=\"xstring\" value=\"name\"/>\n"
            + "            </config>\n"
            + "            <entry key=\"keep_all_columns_selected\" type=\"xboolean\" value=\"false\"/>\n"
            + "        </config>\n"
            + "        <config key=\"target_columns_Internals\">\n"
            + "            <entry key=\"SettingsModelID\" type=\"xstring\" value=\"SMID_filterString\"/>\n"
            + "            <entry key=\"EnabledStatus\" type=\"xboolean\" value=\"true\"/>\n"
            + "        </config>\n"
            + "        <entry key=\"task_type\" type=\"xstring\" value=\"regression\"/>\n"
            + "        <entry key=\"architecture\" type=\"xstring\" value=\"gin\"/>\n"
            + "        <entry key=\"atom_features\" type=\"xstring\" value=\"chemprop\"/>\n"
            + "        <entry key=\"hidden_size\" type=\"xint\" value=\"300\"/>\n"
            + "        <entry key=\"depth\" type=\"xint\" value=\"3\"/>\n"
            + "        <entry key=\"readout\" type=\"xstring\" value=\"mean\"/>\n"
            + "        <entry key=\"dropout\" type=\"xdouble\" value=\"0.1\"/>\n"
            + "        <entry key=\"head_hidden_size\" type=\"xint\" value=\"300\"/>\n"
            + "        <entry key=\"head_layers\" type=\"xint\" value=\"1\"/>\n"
            + "        <entry key=\"epochs\" type=\"xint\" value=\"5\"/>\n"
            + "        <entry key=\"batch_size\" type=\"xint\" value=\"50\"/>\n"
            + "        <entry key=\"learning_rate\" type=\"xdouble\" value=\"0.001\"/>\n"
            + "        <entry key=\"seed\" type=\"xint\" value=\"0\"/>\n"
            + "        <entry key=\"a_setting_of_a_newer_version\" type=\"xstring\" value=\"ignored\"/>\n"
            + "    </config>\n"
            + "</config>\n";

    private static final String EPOCHS = "<entry key=\"epochs\" type=\"xint\" value=\"5\"/>";

    @TempDir
    Path dir;

    /** The model config of a settings file with this text. */
    private KnimeConfig model(String settings) throws IOException {
        Path file = dir.resolve("settings.xml");
        Files.writeString(file, settings, StandardCharsets.UTF_8);
        return KnimeConfig.read(file).requireConfig("model");
    }

    private ParameterValues readLearner(String settings) throws IOException {
        return ParameterConfig.read(LEARNER.parameters(), model(settings));
    }

    private static String withEpochs(String entry) {
        String changed = LEARNER_SETTINGS.replace(EPOCHS, entry);
        if (changed.equals(LEARNER_SETTINGS)) {
            throw new IllegalStateException("the epochs entry was not replaced");
        }
        return changed;
    }

    @Test
    void learnerValuesWrittenAndReadBackAreEqual() throws IOException {
        ParameterValues values = ParameterValues.defaults(LEARNER)
                .with("smiles_column", "standardized_smiles")
                .with("target_columns", List.of("logS", "Löslichkeit & <pH 7>"))
                .with("task_type", "classification")
                .with("architecture", "gine")
                .with("hidden_size", 64)
                .with("dropout", 0.15)
                .with("epochs", 7)
                .with("learning_rate", 5e-4)
                .with("seed", 2024);
        KnimeConfig model = ParameterConfig.write(values, new KnimeConfig("model"));
        assertEquals(values, ParameterConfig.read(LEARNER.parameters(), model));

        // and through a file, as WorkflowWriter saves it
        KnimeConfig settings = new KnimeConfig("settings.xml");
        ParameterConfig.write(values, settings.addConfig("model"));
        Path file = dir.resolve("written.xml");
        settings.write(file);
        ParameterValues read = ParameterConfig.read(LEARNER.parameters(), KnimeConfig.read(file)
                .requireConfig("model"));
        assertEquals(values, read);
        assertEquals(7, read.integer("epochs"));
        assertEquals(List.of("logS", "Löslichkeit & <pH 7>"), read.strings("target_columns"));
        assertEquals(0.0005, read.real("learning_rate"));
    }

    @Test
    void valuesAreWrittenInTheEntryTypesOfKnimeSettingsModels() {
        ParameterValues values = ParameterValues.defaults(LEARNER).with("epochs", 7)
                .with("target_columns", List.of("logS")).with("learning_rate", 5e-4);
        KnimeConfig model = ParameterConfig.write(values, new KnimeConfig("model"));
        assertEquals(new KnimeConfig.Entry("epochs", "xint", "7"), model.entry("epochs").orElseThrow());
        assertEquals(new KnimeConfig.Entry("learning_rate", "xdouble", "5.0E-4"),
                model.entry("learning_rate").orElseThrow());
        assertEquals(new KnimeConfig.Entry("dropout", "xdouble", "0.0"), model.entry("dropout").orElseThrow());
        assertEquals(new KnimeConfig.Entry("architecture", "xstring", "dmpnn"),
                model.entry("architecture").orElseThrow());
        assertEquals(new KnimeConfig.Entry("smiles_column", "xstring", ""),
                model.entry("smiles_column").orElseThrow());
        KnimeConfig targets = model.requireConfig("target_columns");
        assertEquals(List.of("logS"), targets.getStringArray("InclList"));
        assertEquals(List.of(), targets.getStringArray("ExclList"));
        assertFalse(targets.getBoolean("keep_all_columns_selected"));
        assertEquals(17, LEARNER.parameters().size());
        assertEquals(16, countEntries(model), "every parameter but the column list is one entry");
        assertEquals(List.of("target_columns"), model.configs().stream().map(KnimeConfig::key).toList());
    }

    private static int countEntries(KnimeConfig model) {
        int count = 0;
        for (var parameter : LEARNER.parameters()) {
            if (model.entry(parameter.key()).isPresent()) {
                count++;
            }
        }
        return count;
    }

    @Test
    void splitterValuesWrittenAndReadBackAreEqual() throws IOException {
        ParameterValues values = ParameterValues.defaults(SPLITTER)
                .with("method", "stratified")
                .with("train_fraction", 0.7)
                .with("validation_fraction", 0.15)
                .with("test_fraction", 0.15)
                .with("seed", 42)
                .with("smiles_column", "smiles")
                .with("label_column", "p_np");
        KnimeConfig settings = new KnimeConfig("settings.xml");
        ParameterConfig.write(values, settings.addConfig("model"));
        Path file = dir.resolve("splitter.xml");
        settings.write(file);
        ParameterValues read = ParameterConfig.read(SPLITTER.parameters(),
                KnimeConfig.read(file).requireConfig("model"));
        assertEquals(values, read);
        assertEquals("stratified", read.string("method"));
        assertEquals(0.7, read.real("train_fraction"));
        assertEquals(42, read.integer("seed"));
        assertEquals("p_np", read.string("label_column"));

        ParameterValues defaults = ParameterValues.defaults(SPLITTER);
        assertEquals(defaults, ParameterConfig.read(SPLITTER.parameters(),
                ParameterConfig.write(defaults, new KnimeConfig("model"))));
    }

    @Test
    void aHandWrittenModelConfigGivesItsValues() throws IOException {
        ParameterValues read = readLearner(LEARNER_SETTINGS);
        assertEquals(5, read.integer("epochs"));
        assertEquals(List.of("logS", "pKa"), read.strings("target_columns"), "the include list, not the exclude list");
        assertEquals("standardized_smiles", read.string("smiles_column"));
        assertEquals("gin", read.string("architecture"));
        assertEquals(0.1, read.real("dropout"));
        assertEquals(0.001, read.real("learning_rate"));
        ParameterValues expected = ParameterValues.defaults(LEARNER)
                .with("smiles_column", "standardized_smiles")
                .with("target_columns", List.of("logS", "pKa"))
                .with("task_type", "regression")
                .with("architecture", "gin")
                .with("dropout", 0.1)
                .with("epochs", 5);
        assertEquals(expected, read);
    }

    @Test
    void changedEpochsAndTargetsAreRead() throws IOException {
        String changed = withEpochs("<entry key=\"epochs\" type=\"xint\" value=\"250\"/>")
                .replace("<entry key=\"array-size\" type=\"xint\" value=\"2\"/>",
                        "<entry key=\"array-size\" type=\"xint\" value=\"1\"/>")
                .replace("<entry key=\"0\" type=\"xstring\" value=\"logS\"/>",
                        "<entry key=\"0\" type=\"xstring\" value=\"measured log solubility\"/>");
        ParameterValues read = readLearner(changed);
        assertEquals(250, read.integer("epochs"));
        assertEquals(List.of("measured log solubility"), read.strings("target_columns"),
                "array-size 1: the entry \"1\" left in the file is not part of the list");
    }

    @Test
    void aSettingSavedBeforeItsParameterExistedKeepsTheDefaultButAnIncompleteOneFails() throws IOException {
        assertFalse(LEARNER_SETTINGS.contains("molecule_features"), "the file predates molecule features");
        assertEquals("none", readLearner(LEARNER_SETTINGS).string("molecule_features"));
        ParameterValues withoutEpochs = readLearner(withEpochs(""));
        assertEquals(30, withoutEpochs.integer("epochs"));
        assertEquals("gin", withoutEpochs.string("architecture"), "the other settings are still read");

        String noIncludeList = LEARNER_SETTINGS.replace("<config key=\"InclList\">", "<config key=\"Included\">");
        InvalidParameterException noList = assertThrows(InvalidParameterException.class,
                () -> readLearner(noIncludeList));
        assertEquals("setting 'target_columns' (Target columns): cannot be read from the node settings: "
                + "settings.xml/model/target_columns: no config 'InclList'", noList.getMessage());
    }

    @Test
    void anOutOfRangeValueFailsNamingTheSettingAndItsRange() throws IOException {
        InvalidParameterException zero = assertThrows(InvalidParameterException.class,
                () -> readLearner(withEpochs("<entry key=\"epochs\" type=\"xint\" value=\"0\"/>")));
        assertEquals("setting 'epochs' (Epochs): 0 is outside [1, 10000]", zero.getMessage());

        String unknownChoice = LEARNER_SETTINGS.replace("value=\"gin\"", "value=\"transformer\"");
        InvalidParameterException choice = assertThrows(InvalidParameterException.class,
                () -> readLearner(unknownChoice));
        assertEquals("setting 'architecture' (Architecture): 'transformer' is not one of "
                + "[dmpnn, gcn, gin, gine, nnconv]", choice.getMessage());

        String highDropout = LEARNER_SETTINGS.replace("<entry key=\"dropout\" type=\"xdouble\" value=\"0.1\"/>",
                "<entry key=\"dropout\" type=\"xdouble\" value=\"0.95\"/>");
        assertEquals("setting 'dropout' (Dropout): 0.95 is outside [0.0, 0.9]",
                assertThrows(InvalidParameterException.class, () -> readLearner(highDropout)).getMessage());
    }

    @Test
    void aStringWhereAWholeNumberIsExpectedFailsNamingTheSetting() throws IOException {
        InvalidParameterException wrongType = assertThrows(InvalidParameterException.class,
                () -> readLearner(withEpochs("<entry key=\"epochs\" type=\"xstring\" value=\"5\"/>")));
        assertEquals("setting 'epochs' (Epochs): cannot be read from the node settings: "
                + "settings.xml/model/epochs is of type xstring, expected xint", wrongType.getMessage());

        InvalidParameterException notANumber = assertThrows(InvalidParameterException.class,
                () -> readLearner(withEpochs("<entry key=\"epochs\" type=\"xint\" value=\"5.5\"/>")));
        assertEquals("setting 'epochs' (Epochs): cannot be read from the node settings: "
                + "settings.xml/model/epochs: '5.5' is not a whole number", notANumber.getMessage());
    }

    @Test
    void aNullColumnSettingReadsAsNone() throws IOException {
        String none = LEARNER_SETTINGS.replace(
                "<entry key=\"smiles_column\" type=\"xstring\" value=\"standardized_smiles\"/>",
                "<entry key=\"smiles_column\" type=\"xstring\" isnull=\"true\" value=\"\"/>");
        assertEquals("", readLearner(none).string("smiles_column"));

        KnimeConfig splitter = ParameterConfig.write(ParameterValues.defaults(SPLITTER), new KnimeConfig("model"));
        KnimeConfig nullLabel = new KnimeConfig("model");
        for (var parameter : SPLITTER.parameters()) {
            if (parameter.key().equals("label_column")) {
                nullLabel.addString("label_column", null);
            } else {
                KnimeConfig.Entry entry = splitter.entry(parameter.key()).orElseThrow();
                switch (entry.type()) {
                    case "xint" -> nullLabel.addInt(entry.key(), Integer.parseInt(entry.value()));
                    case "xdouble" -> nullLabel.addDouble(entry.key(), Double.parseDouble(entry.value()));
                    default -> nullLabel.addString(entry.key(), entry.value());
                }
            }
        }
        assertEquals("", ParameterConfig.read(SPLITTER.parameters(), nullLabel).string("label_column"));
    }
}
