package org.molfuse.core.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One config of KNIME's XMLConfig format, the format of {@code workflow.knime} and every node's
 * {@code settings.xml}: an ordered tree of typed entries ({@code <entry key type value/>}) and child configs
 * ({@code <config key>}). Arrays are child configs holding {@code array-size} and entries {@code "0"}, {@code "1"},
 * ... A null string is an entry with {@code isnull="true"}. Getters throw {@link IllegalArgumentException} naming the
 * key path, so a broken file is reported where it is broken.
 */
public final class KnimeConfig {

    static final String NAMESPACE = "http://www.knime.org/2008/09/XMLConfig";
    private static final String SCHEMA_LOCATION = NAMESPACE + " http://www.knime.org/XMLConfig_2008_09.xsd";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String ARRAY_SIZE = "array-size";

    /** One typed value; {@code value} is null for a null string. */
    public record Entry(String key, String type, String value) {
    }

    private final String key;
    private final String path;
    /** Entries and child configs in file order, by key. */
    private final Map<String, Object> items = new LinkedHashMap<>();

    public KnimeConfig(String key) {
        this(key, key);
    }

    private KnimeConfig(String key, String path) {
        this.key = key;
        this.path = path;
    }

    public String key() {
        return key;
    }

    /** Reads a settings file; a file that is not XMLConfig fails with the file named. */
    public static KnimeConfig read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // the default handler prints parse errors to stderr; this one only throws them, for the caller to name
            builder.setErrorHandler(new DefaultHandler());
            Element root = builder.parse(in).getDocumentElement();
            if (!"config".equals(root.getLocalName())) {
                throw new IllegalArgumentException(file + ": not a KNIME settings file (root element <"
                        + root.getTagName() + ">, expected <config>)");
            }
            return parse(root, root.getAttribute("key"), file.getFileName().toString());
        } catch (SAXException e) {
            throw new IllegalArgumentException(file + ": not a readable KNIME settings file: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KnimeConfig parse(Element element, String key, String path) {
        KnimeConfig config = new KnimeConfig(key, path);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element item)) {
                continue;
            }
            String itemKey = item.getAttribute("key");
            switch (item.getLocalName()) {
                case "config" -> config.put(itemKey, parse(item, itemKey, path + "/" + itemKey));
                case "entry" -> config.put(itemKey, new Entry(itemKey, item.getAttribute("type"),
                        "true".equals(item.getAttribute("isnull")) ? null : item.getAttribute("value")));
                default -> throw new IllegalArgumentException(path + ": unexpected element <" + item.getTagName()
                        + ">");
            }
        }
        return config;
    }

    private void put(String itemKey, Object item) {
        if (items.put(itemKey, item) != null) {
            throw new IllegalArgumentException(path + ": key '" + itemKey + "' occurs twice");
        }
    }

    // ---- reading

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public boolean contains(String itemKey) {
        return items.containsKey(itemKey);
    }

    public Optional<Entry> entry(String itemKey) {
        return items.get(itemKey) instanceof Entry entry ? Optional.of(entry) : Optional.empty();
    }

    public Optional<KnimeConfig> config(String itemKey) {
        return items.get(itemKey) instanceof KnimeConfig config ? Optional.of(config) : Optional.empty();
    }

    /** The child config {@code itemKey}; an error naming it when absent. */
    public KnimeConfig requireConfig(String itemKey) {
        return config(itemKey).orElseThrow(() -> missing(itemKey, "config"));
    }

    /** Child configs in file order. */
    public List<KnimeConfig> configs() {
        return items.values().stream().filter(KnimeConfig.class::isInstance).map(KnimeConfig.class::cast).toList();
    }

    /** The string value, null for a null string. */
    public String getString(String itemKey) {
        return typed(itemKey, "xstring").value();
    }

    public int getInt(String itemKey) {
        String text = typed(itemKey, "xint").value();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(describe(itemKey) + ": '" + text + "' is not a whole number");
        }
    }

    public double getDouble(String itemKey) {
        String text = typed(itemKey, "xdouble").value();
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(describe(itemKey) + ": '" + text + "' is not a number");
        }
    }

    public boolean getBoolean(String itemKey) {
        String text = typed(itemKey, "xboolean").value();
        if (!"true".equals(text) && !"false".equals(text)) {
            throw new IllegalArgumentException(describe(itemKey) + ": '" + text + "' is not true or false");
        }
        return Boolean.parseBoolean(text);
    }

    /** A string array as KNIME's {@code addStringArray} writes it. */
    public List<String> getStringArray(String itemKey) {
        KnimeConfig array = requireConfig(itemKey);
        int size = array.getInt(ARRAY_SIZE);
        List<String> values = new ArrayList<>(size);
        for (int index = 0; index < size; index++) {
            values.add(array.getString(Integer.toString(index)));
        }
        return values;
    }

    private Entry typed(String itemKey, String type) {
        Entry entry = entry(itemKey).orElseThrow(() -> missing(itemKey, type));
        if (!type.equals(entry.type())) {
            throw new IllegalArgumentException(describe(itemKey) + " is of type " + entry.type() + ", expected "
                    + type);
        }
        return entry;
    }

    private IllegalArgumentException missing(String itemKey, String what) {
        return new IllegalArgumentException(path + ": no " + what + " '" + itemKey + "'");
    }

    private String describe(String itemKey) {
        return path + "/" + itemKey;
    }

    // ---- building

    public KnimeConfig addString(String itemKey, String value) {
        return add(new Entry(itemKey, "xstring", value));
    }

    public KnimeConfig addInt(String itemKey, int value) {
        return add(new Entry(itemKey, "xint", Integer.toString(value)));
    }

    public KnimeConfig addDouble(String itemKey, double value) {
        return add(new Entry(itemKey, "xdouble", Double.toString(value)));
    }

    public KnimeConfig addBoolean(String itemKey, boolean value) {
        return add(new Entry(itemKey, "xboolean", Boolean.toString(value)));
    }

    public KnimeConfig addStringArray(String itemKey, List<String> values) {
        KnimeConfig array = addConfig(itemKey);
        array.addInt(ARRAY_SIZE, values.size());
        for (int index = 0; index < values.size(); index++) {
            array.addString(Integer.toString(index), values.get(index));
        }
        return this;
    }

    /** An int array as KNIME's {@code addIntArray} writes it. */
    public KnimeConfig addIntArray(String itemKey, int... values) {
        KnimeConfig array = addConfig(itemKey);
        array.addInt(ARRAY_SIZE, values.length);
        for (int index = 0; index < values.length; index++) {
            array.addInt(Integer.toString(index), values[index]);
        }
        return this;
    }

    /** Adds an empty child config and returns it. */
    public KnimeConfig addConfig(String itemKey) {
        KnimeConfig child = new KnimeConfig(itemKey, path + "/" + itemKey);
        put(itemKey, child);
        return child;
    }

    private KnimeConfig add(Entry entry) {
        put(entry.key(), entry);
        return this;
    }

    // ---- writing

    /** Writes the file as KNIME does: UTF-8, the XMLConfig namespace and schema location on the root. */
    public void write(Path file) throws IOException {
        Files.writeString(file, toXml(), StandardCharsets.UTF_8);
    }

    public String toXml() {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("config");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", SCHEMA_LOCATION);
            xml.writeAttribute("key", key);
            writeItems(xml, 1);
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    private void writeItems(XMLStreamWriter xml, int depth) throws XMLStreamException {
        for (Object item : items.values()) {
            xml.writeCharacters("\n" + "    ".repeat(depth));
            if (item instanceof Entry entry) {
                xml.writeEmptyElement("entry");
                xml.writeAttribute("key", entry.key());
                xml.writeAttribute("type", entry.type());
                if (entry.value() == null) {
                    xml.writeAttribute("isnull", "true");
                }
                xml.writeAttribute("value", entry.value() == null ? "" : entry.value());
            } else {
                KnimeConfig child = (KnimeConfig) item;
                if (child.items.isEmpty()) {
                    xml.writeEmptyElement("config");
                    xml.writeAttribute("key", child.key);
                } else {
                    xml.writeStartElement("config");
                    xml.writeAttribute("key", child.key);
                    child.writeItems(xml, depth + 1);
                    xml.writeCharacters("\n" + "    ".repeat(depth));
                    xml.writeEndElement();
                }
            }
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KnimeConfig that && key.equals(that.key) && items.equals(that.items);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + items.hashCode();
    }

    @Override
    public String toString() {
        return path;
    }
}
