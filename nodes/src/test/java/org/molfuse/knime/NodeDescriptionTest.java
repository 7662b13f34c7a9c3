package org.molfuse.knime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.molfuse.core.operator.Operator;
import org.molfuse.core.operator.OperatorRegistry;
import org.molfuse.core.operator.Parameter;
import org.molfuse.core.operator.PortDefinition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every node's description, {@code <Factory>.xml} beside its factory, against its operator: knimeNode v4.1 in the
 * schema's element order, one option per parameter label, one port per operator port at the same index.
 */
class NodeDescriptionTest {

    private static final String NAMESPACE = "http://knime.org/node/v4.1";
    private static final Set<String> NODE_TYPES = Set.of("Source", "Sink", "Learner", "Predictor", "Manipulator",
            "Visualizer", "LoopStart", "LoopEnd", "QuickForm", "Configuration", "Other", "Unknown", "ScopeStart",
            "ScopeEnd");
    /** The markup the v4.1 schema allows inside descriptions. */
    private static final Set<String> MARKUP = Set.of("p", "ul", "ol", "li", "b", "i", "u", "tt", "a", "br", "sup",
            "sub", "pre", "hr", "h3", "h4", "table", "tr", "td", "th");

    @Test
    void everyNodeHasAValidDescriptionMatchingItsOperator() throws Exception {
        for (OperatorRegistry.Entry entry : OperatorRegistry.entries()) {
            check(entry.factoryClass(), entry.operator().get());
        }
    }

    private void check(String factory, Operator operator) throws Exception {
        String resource = factory.replace('.', '/') + ".xml";
        Element root = parse(resource).getDocumentElement();
        assertEquals("knimeNode", root.getLocalName(), resource);
        assertEquals(NAMESPACE, root.getNamespaceURI(), resource);
        assertTrue(NODE_TYPES.contains(root.getAttribute("type")), resource + ": type " + root.getAttribute("type"));
        String icon = root.getAttribute("icon");
        assertTrue(icon.startsWith("./") && icon.endsWith(".png"), resource + ": icon " + icon);
        String iconResource = resource.substring(0, resource.lastIndexOf('/') + 1) + icon.substring(2);
        assertNotNull(getClass().getClassLoader().getResource(iconResource), iconResource);

        List<Element> parts = children(root);
        assertEquals(List.of("name", "shortDescription", "fullDescription", "ports"),
                parts.stream().map(Element::getLocalName).toList(), resource);
        assertEquals(operator.name(), parts.get(0).getTextContent().strip(), resource);
        assertTrue(parts.get(1).getTextContent().strip().length() > 20, resource + ": short description");

        List<Element> full = children(parts.get(2));
        assertEquals("intro", full.get(0).getLocalName(), resource);
        List<String> options = new ArrayList<>();
        for (Element option : full.subList(1, full.size())) {
            assertEquals("option", option.getLocalName(), resource);
            options.add(option.getAttribute("name"));
            assertTrue(option.getTextContent().strip().length() > 30, resource + ": option " + option
                    .getAttribute("name") + " needs a description");
        }
        assertEquals(operator.parameters().stream().map(Parameter::label).toList(), options,
                resource + ": one option per parameter, in the dialog's order");
        for (Parameter parameter : operator.parameters()) {
            if (!(parameter instanceof Parameter.ColumnName) && !(parameter instanceof Parameter.ColumnNames)) {
                assertTrue(optionText(full, parameter.label()).contains("Default"),
                        resource + ": option " + parameter.label() + " should state its default");
            }
        }

        List<Element> ports = children(parts.get(3));
        checkPorts(resource, "inPort", operator.inputs(), ports);
        checkPorts(resource, "outPort", operator.outputs(), ports);
        assertEquals(operator.inputs().size() + operator.outputs().size(), ports.size(), resource + ": ports");
        checkMarkup(resource, parts.get(2));
        checkMarkup(resource, parts.get(3));
    }

    private static void checkPorts(String resource, String kind, List<PortDefinition> expected, List<Element> ports) {
        List<Element> declared = ports.stream().filter(port -> port.getLocalName().equals(kind)).toList();
        assertEquals(expected.size(), declared.size(), resource + ": " + kind + " count");
        for (int index = 0; index < expected.size(); index++) {
            Element port = declared.get(index);
            assertEquals(String.valueOf(index), port.getAttribute("index"), resource + ": " + kind + " order");
            assertEquals(expected.get(index).name(), port.getAttribute("name"), resource + ": " + kind + " " + index);
            assertTrue(port.getTextContent().strip().length() > 15, resource + ": " + kind + " " + index);
        }
    }

    private static void checkMarkup(String resource, Element parent) {
        for (Element child : children(parent)) {
            boolean structural = Set.of("intro", "option", "inPort", "outPort").contains(child.getLocalName());
            assertTrue(structural || MARKUP.contains(child.getLocalName()), resource + ": <" + child.getLocalName()
                    + "> is not allowed in a node description");
            assertEquals(NAMESPACE, child.getNamespaceURI(), resource + ": <" + child.getLocalName() + ">");
            checkMarkup(resource, child);
        }
    }

    private static String optionText(List<Element> full, String name) {
        return full.stream().filter(option -> option.getAttribute("name").equals(name)).findFirst().orElseThrow()
                .getTextContent();
    }

    private Document parse(String resource) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, "no node description " + resource);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element) {
                found.add(element);
            }
        }
        return found;
    }

    @Test
    void nodeNamesAreUnique() {
        Set<String> names = new TreeSet<>();
        for (OperatorRegistry.Entry entry : OperatorRegistry.entries()) {
            assertTrue(names.add(entry.operator().get().name()), "two nodes are named " + entry.operator().get().name());
        }
    }
}
