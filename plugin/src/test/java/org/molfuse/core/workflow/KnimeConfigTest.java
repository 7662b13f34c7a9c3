package org.molfuse.core.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KNIME's XMLConfig format: reading settings as KNIME 5.x saves them, typed access, errors and writing. */
class KnimeConfigTest {

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<config xmlns=\"http://www.knime.org/2008/09/XMLConfig\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:schemaLocation=\"http://www.knime.org/2008/09/XMLConfig "
            + "http://www.knime.org/XMLConfig_2008_09.xsd\" "
            + "key=\"settings.xml\">\n";

    /** A node's settings.xml as KNIME 5.x writes it, with the _Internals config its dialog components add. */
    private static final String SETTINGS = HEADER
            + "    <entry key=\"node_file\" type=\"xstring\" value=\"settings.xml\"/>\n"
            + "    <config key=\"flow_stack\"/>\n"
            + "    <config key=\"internal_node_subsettings\">\n"
            + "        <entry key=\"memory_policy\" type=\"xstring\" value=\"CacheSmallInMemory\"/>\n"
            + "    </config>\n"
            + "    <config key=\"model\">\n"
            + "        <entry key=\"smiles_column\" type=\"xstring\" value=\"smiles\"/>\n"
            + "        <config key=\"smiles_column_Internals\">\n"
            + "            <entry key=\"SettingsModelID\" type=\"xstring\" value=\"SMID_string\"/>\n"
            + "            <entry key=\"EnabledStatus\" type=\"xboolean\" value=\"true\"/>\n"
            + "        </config>\n"
            + "        <entry key=\"epochs\" type=\"xint\" value=\"12\"/>\n"
            + "        <entry key=\"learning_rate\" type=\"xdouble\" value=\"5.0E-4\"/>\n"
            + "        <entry key=\"neutralize\" type=\"xboolean\" value=\"false\"/>\n"
            + "        <entry key=\"label_column\" type=\"xstring\" isnull=\"true\" value=\"\"/>\n"
            + "        <config key=\"names\">\n"
            + "            <entry key=\"array-size\" type=\"xint\" value=\"3\"/>\n"
            + "            <entry key=\"0\" type=\"xstring\" value=\"logS\"/>\n"
            + "            <entry key=\"1\" type=\"xstring\" value=\"L&#246;slichkeit\"/>\n"
            + "            <entry key=\"2\" type=\"xstring\" value=\"a &amp; b\"/>\n"
            + "        </config>\n"
            + "    </config>\n"
            + "    <config key=\"variables\"/>\n"
            + "    <entry key=\"customDescription\" type=\"xstring\" isnull=\"true\" value=\"\"/>\n"
            + "    <entry key=\"factory\" type=\"xstring\" "
            + "value=\"org.molfuse.knime.chemistry.scaffolds.ScaffoldsNodeFactory\"/>\n"
            + "    <entry key=\"hasContent\" type=\"xboolean\" value=\"false\"/>\n"
            + "</config>\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private KnimeConfig settings() throws IOException {
        return KnimeConfig.read(file("settings.xml", SETTINGS));
    }

    @Test
    void readsASettingsFileAsKnimeWritesIt() throws IOException {
        KnimeConfig settings = settings();
        assertEquals("settings.xml", settings.key());
        assertEquals("settings.xml", settings.getString("node_file"));
        assertEquals("org.molfuse.knime.chemistry.scaffolds.ScaffoldsNodeFactory", settings.getString("factory"));
        assertFalse(settings.getBoolean("hasContent"));
        assertNull(settings.getString("customDescription"), "isnull=\"true\" is a null string, not \"\"");
        assertEquals("CacheSmallInMemory", settings.requireConfig("internal_node_subsettings")
                .getString("memory_policy"));
        assertEquals(List.of(), settings.requireConfig("flow_stack").configs());
        assertEquals(List.of("flow_stack", "internal_node_subsettings", "model", "variables"),
                settings.configs().stream().map(KnimeConfig::key).toList());

        KnimeConfig model = settings.requireConfig("model");
        assertEquals("smiles", model.getString("smiles_column"));
        assertEquals(12, model.getInt("epochs"));
        assertEquals(0.0005, model.getDouble("learning_rate"));
        assertFalse(model.getBoolean("neutralize"));
        assertNull(model.getString("label_column"));
        assertEquals(List.of("logS", "Löslichkeit", "a & b"), model.getStringArray("names"));
        assertEquals(new KnimeConfig.Entry("epochs", "xint", "12"), model.entry("epochs").orElseThrow());
        assertTrue(model.entry("names").isEmpty(), "a child config is not an entry");
        assertTrue(model.config("epochs").isEmpty(), "an entry is not a child config");
    }

    @Test
    void theInternalsConfigOfKnimeDialogsIsKeptAndReadable() throws IOException {
        KnimeConfig internals = settings().requireConfig("model").requireConfig("smiles_column_Internals");
        assertEquals("SMID_string", internals.getString("SettingsModelID"));
        assertTrue(internals.getBoolean("EnabledStatus"));
        assertEquals(List.of("smiles_column_Internals", "names"),
                settings().requireConfig("model").configs().stream().map(KnimeConfig::key).toList());
    }

    @Test
    void aWrongTypeNamesTheKeyPathAndBothTypes() throws IOException {
        KnimeConfig model = settings().requireConfig("model");
        IllegalArgumentException asInt = assertThrows(IllegalArgumentException.class,
                () -> model.getInt("smiles_column"));
        assertEquals("settings.xml/model/smiles_column is of type xstring, expected xint", asInt.getMessage());
        IllegalArgumentException asString = assertThrows(IllegalArgumentException.class,
                () -> model.getString("epochs"));
        assertEquals("settings.xml/model/epochs is of type xint, expected xstring", asString.getMessage());
        IllegalArgumentException asDouble = assertThrows(IllegalArgumentException.class,
                () -> model.getDouble("epochs"));
        assertEquals("settings.xml/model/epochs is of type xint, expected xdouble", asDouble.getMessage());
        IllegalArgumentException internals = assertThrows(IllegalArgumentException.class,
                () -> model.requireConfig("smiles_column_Internals").getInt("EnabledStatus"));
        assertEquals("settings.xml/model/smiles_column_Internals/EnabledStatus is of type xboolean, expected xint",
                internals.getMessage());
    }

    @Test
    void aMissingKeyNamesTheConfigItWasLookedForIn() throws IOException {
        KnimeConfig model = settings().requireConfig("model");
        assertEquals("settings.xml/model: no xint 'depth'",
                assertThrows(IllegalArgumentException.class, () -> model.getInt("depth")).getMessage());
        assertEquals("settings.xml/model: no config 'target_columns'",
                assertThrows(IllegalArgumentException.class, () -> model.requireConfig("target_columns"))
                        .getMessage());
        assertEquals("settings.xml/model: no config 'smiles_column'",
                assertThrows(IllegalArgumentException.class, () -> model.getStringArray("smiles_column"))
                        .getMessage(), "an entry where a string array is expected");
        assertFalse(model.contains("depth"));
        assertTrue(model.contains("smiles_column_Internals"));
    }

    @Test
    void valuesThatDoNotParseAsTheirTypeAreReportedWithTheirText() throws IOException {
        KnimeConfig model = KnimeConfig.read(file("bad.xml", HEADER
                + "    <entry key=\"n\" type=\"xint\" value=\"twelve\"/>\n"
                + "    <entry key=\"x\" type=\"xdouble\" value=\"1,5\"/>\n"
                + "    <entry key=\"b\" type=\"xboolean\" value=\"yes\"/>\n"
                + "    <config key=\"arr\">\n"
                + "        <entry key=\"array-size\" type=\"xint\" value=\"2\"/>\n"
                + "        <entry key=\"0\" type=\"xstring\" value=\"only one\"/>\n"
                + "    </config>\n"
                + "</config>\n"));
        assertEquals("bad.xml/n: 'twelve' is not a whole number",
                assertThrows(IllegalArgumentException.class, () -> model.getInt("n")).getMessage());
        assertEquals("bad.xml/x: '1,5' is not a number",
                assertThrows(IllegalArgumentException.class, () -> model.getDouble("x")).getMessage());
        assertEquals("bad.xml/b: 'yes' is not true or false",
                assertThrows(IllegalArgumentException.class, () -> model.getBoolean("b")).getMessage());
        assertEquals("bad.xml/arr: no xstring '1'",
                assertThrows(IllegalArgumentException.class, () -> model.getStringArray("arr")).getMessage(),
                "an array shorter than its array-size");
    }

    @Test
    void malformedXmlAndOtherRootsNameTheFile() throws IOException {
        Path broken = file("broken.xml", HEADER + "    <entry key=\"a\" type=\"xstring\" value=\"x\">\n</config>\n");
        IllegalArgumentException unreadable = assertThrows(IllegalArgumentException.class,
                () -> KnimeConfig.read(broken));
        assertTrue(unreadable.getMessage().startsWith(broken + ": not a readable KNIME settings file: "),
                unreadable.getMessage());

        Path notConfig = file("other.xml", "<?xml version=\"1.0\"?>\n<workflow key=\"x\"/>\n");
        assertEquals(notConfig + ": not a KNIME settings file (root element <workflow>, expected <config>)",
                assertThrows(IllegalArgumentException.class, () -> KnimeConfig.read(notConfig)).getMessage());

        Path strange = file("strange.xml", HEADER + "    <config key=\"model\">\n        <value key=\"a\"/>\n"
                + "    </config>\n</config>\n");
        assertEquals("strange.xml/model: unexpected element <value>",
                assertThrows(IllegalArgumentException.class, () -> KnimeConfig.read(strange)).getMessage());

        Path empty = file("empty.xml", "");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KnimeConfig.read(empty)).getMessage()
                .startsWith(empty + ": not a readable KNIME settings file"));
    }

    @Test
    void aDuplicateKeyIsRefusedWhereItOccurs() throws IOException {
        Path twice = file("settings.xml", HEADER
                + "    <config key=\"model\">\n"
                + "        <entry key=\"epochs\" type=\"xint\" value=\"12\"/>\n"
                + "        <entry key=\"epochs\" type=\"xint\" value=\"13\"/>\n"
                + "    </config>\n</config>\n");
        assertEquals("settings.xml/model: key 'epochs' occurs twice",
                assertThrows(IllegalArgumentException.class, () -> KnimeConfig.read(twice)).getMessage());

        Path entryAndConfig = file("mixed.xml", HEADER
                + "    <entry key=\"model\" type=\"xstring\" value=\"x\"/>\n"
                + "    <config key=\"model\"/>\n</config>\n");
        assertEquals("mixed.xml: key 'model' occurs twice",
                assertThrows(IllegalArgumentException.class, () -> KnimeConfig.read(entryAndConfig)).getMessage());

        KnimeConfig built = new KnimeConfig("settings.xml");
        built.addConfig("model").addInt("epochs", 1);
        assertEquals("settings.xml/model: key 'epochs' occurs twice", assertThrows(IllegalArgumentException.class,
                () -> built.requireConfig("model").addString("epochs", "2")).getMessage());
    }

    @Test
    void writesTheLayoutKnimeWrites() {
        KnimeConfig config = new KnimeConfig("settings.xml");
        config.addString("node_file", "settings.xml");
        config.addConfig("flow_stack");
        config.addConfig("model").addInt("epochs", 3).addBoolean("neutralize", true).addDouble("dropout", 0.25);
        config.addString("customDescription", null);
        assertEquals(HEADER
                + "    <entry key=\"node_file\" type=\"xstring\" value=\"settings.xml\"/>\n"
                + "    <config key=\"flow_stack\"/>\n"
                + "    <config key=\"model\">\n"
                + "        <entry key=\"epochs\" type=\"xint\" value=\"3\"/>\n"
                + "        <entry key=\"neutralize\" type=\"xboolean\" value=\"true\"/>\n"
                + "        <entry key=\"dropout\" type=\"xdouble\" value=\"0.25\"/>\n"
                + "    </config>\n"
                + "    <entry key=\"customDescription\" type=\"xstring\" isnull=\"true\" value=\"\"/>\n"
                + "</config>\n", config.toXml());
    }

    @Test
    void writeThenReadGivesAnEqualConfigWithSpecialCharactersIntact() throws IOException {
        KnimeConfig config = new KnimeConfig("settings.xml");
        config.addString("plain", "x");
        config.addString("markup", "<a href=\"x?y=1&z=2\">'quoted' & more > less</a>");
        config.addString("Löslichkeit", "Löslichkeit (mol/L) µ °C – ü");
        config.addString("empty", "");
        config.addString("none", null);
        config.addInt("negative", -7);
        config.addDouble("tiny", 1e-300);
        config.addDouble("third", 1.0 / 3);
        config.addBoolean("yes", true);
        config.addConfig("nothing");
        KnimeConfig model = config.addConfig("model");
        model.addStringArray("columns", List.of("a & b", "<c>", "\"d\"", "Löslichkeit"));
        model.addIntArray("bounds", 100, 120, -1, -1);
        model.addConfig("inner").addString("deep", "&amp; stays literal");

        Path file = dir.resolve("settings.xml");
        config.write(file);
        KnimeConfig read = KnimeConfig.read(file);

        assertEquals(config, read);
        assertEquals(config.hashCode(), read.hashCode());
        assertEquals("<a href=\"x?y=1&z=2\">'quoted' & more > less</a>", read.getString("markup"));
        assertEquals("Löslichkeit (mol/L) µ °C – ü", read.getString("Löslichkeit"));
        assertEquals("", read.getString("empty"));
        assertNull(read.getString("none"));
        assertEquals(-7, read.getInt("negative"));
        assertEquals(1e-300, read.getDouble("tiny"));
        assertEquals(1.0 / 3, read.getDouble("third"));
        assertEquals(List.of("a & b", "<c>", "\"d\"", "Löslichkeit"),
                read.requireConfig("model").getStringArray("columns"));
        assertEquals(4, read.requireConfig("model").requireConfig("bounds").getInt("array-size"));
        assertEquals(-1, read.requireConfig("model").requireConfig("bounds").getInt("3"));
        assertEquals("&amp; stays literal", read.requireConfig("model").requireConfig("inner").getString("deep"));

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("Löslichkeit"), "non-ASCII text is written as UTF-8 characters");
        assertTrue(text.contains("&amp;amp; stays literal"), text);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), text);
    }

    @Test
    void configsDifferingInOneValueOrKeyAreNotEqual() {
        KnimeConfig a = new KnimeConfig("model").addInt("epochs", 3);
        KnimeConfig b = new KnimeConfig("model").addInt("epochs", 4);
        KnimeConfig c = new KnimeConfig("other").addInt("epochs", 3);
        KnimeConfig d = new KnimeConfig("model").addString("epochs", "3");
        assertFalse(a.equals(b));
        assertFalse(a.equals(c));
        assertFalse(a.equals(d), "same text, different type");
        assertEquals(a, new KnimeConfig("model").addInt("epochs", 3));
    }
}
