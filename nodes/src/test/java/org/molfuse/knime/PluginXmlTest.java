package org.molfuse.knime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataCellSerializer;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.molfuse.core.operator.OperatorCategory;
import org.molfuse.core.operator.OperatorRegistry;
import org.molfuse.knime.adapter.OperatorNodeFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** plugin.xml against the core's operator registry: the same nodes, in their operators' categories. */
class PluginXmlTest {

    private static Document plugin;

    @BeforeAll
    static void parse() throws Exception {
        plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("plugin.xml").toFile());
    }

    @Test
    void declaresExactlyTheRegistryNodesInTheirOperatorsCategories() {
        Map<String, String> declared = new LinkedHashMap<>();
        for (Element node : elements(extension("org.knime.workbench.repository.nodes"), "node")) {
            assertEquals(null, declared.put(node.getAttribute("factory-class"), node.getAttribute("category-path")),
                    "node declared twice: " + node.getAttribute("factory-class"));
        }
        Set<String> registered = OperatorRegistry.entries().stream().map(OperatorRegistry.Entry::factoryClass)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(registered, new TreeSet<>(declared.keySet()));
        for (OperatorRegistry.Entry entry : OperatorRegistry.entries()) {
            assertEquals("/community/molfuse/" + entry.operator().get().category().levelId(),
                    declared.get(entry.factoryClass()), entry.factoryClass());
        }
    }

    @Test
    void declaresTheMolFuseCategoryAndOneSubcategoryPerOperatorCategory() {
        Map<String, Element> byPath = new LinkedHashMap<>();
        for (Element category : elements(extension("org.knime.workbench.repository.categories"), "category")) {
            byPath.put(category.getAttribute("path") + "/" + category.getAttribute("level-id"), category);
            assertTrue(Path.of(category.getAttribute("icon")).toFile().isFile(), category.getAttribute("icon"));
        }
        assertEquals("MolFuse", byPath.get("/community/molfuse").getAttribute("name"));
        List<String> expected = new ArrayList<>(List.of("/community/molfuse"));
        for (OperatorCategory category : OperatorCategory.values()) {
            String path = "/community/molfuse/" + category.levelId();
            expected.add(path);
            assertEquals(category.label(), byPath.get(path).getAttribute("name"), path);
        }
        assertEquals(new TreeSet<>(expected), new TreeSet<>(byPath.keySet()));
    }

    @Test
    void everyFactoryIsAOneLineSubclassOfTheAdapterFactory() throws ClassNotFoundException {
        for (OperatorRegistry.Entry entry : OperatorRegistry.entries()) {
            Class<?> factory = Class.forName(entry.factoryClass(), false, getClass().getClassLoader());
            assertEquals(OperatorNodeFactory.class, factory.getSuperclass(), entry.factoryClass());
            assertTrue(Modifier.isFinal(factory.getModifiers()) && Modifier.isPublic(factory.getModifiers()),
                    entry.factoryClass());
            assertEquals(List.of(), Arrays.asList(factory.getDeclaredMethods()), entry.factoryClass());
            assertEquals(List.of(), Arrays.asList(factory.getDeclaredFields()), entry.factoryClass());
        }
    }

    @Test
    void portTypeNamesTheModelClassesAndSerializersThatExist() throws ClassNotFoundException {
        List<Element> portTypes = elements(extension("org.knime.core.PortType"), "portType");
        assertEquals(1, portTypes.size());
        Element portType = portTypes.get(0);
        Class<?> object = load(portType.getAttribute("objectClass"));
        Class<?> spec = load(portType.getAttribute("specClass"));
        assertTrue(PortObject.class.isAssignableFrom(object));
        assertTrue(PortObjectSpec.class.isAssignableFrom(spec));
        assertEquals(PortObject.PortObjectSerializer.class, load(portType.getAttribute("objectSerializer"))
                .getSuperclass());
        assertEquals(PortObjectSpec.PortObjectSpecSerializer.class, load(portType.getAttribute("specSerializer"))
                .getSuperclass());
        // KNIME derives a port type's spec class from the return type of getSpec()
        assertEquals(spec, Arrays.stream(object.getDeclaredMethods())
                .filter(method -> method.getName().equals("getSpec") && !method.isBridge()).findFirst().orElseThrow()
                .getReturnType());
    }

    @Test
    void dataTypeRegistersTheGraphCellWithItsSerializer() throws ClassNotFoundException {
        List<Element> types = elements(extension("org.knime.core.DataType"), "DataType");
        assertEquals(1, types.size());
        Class<?> cell = load(types.get(0).getAttribute("cellClass"));
        assertTrue(DataCell.class.isAssignableFrom(cell));
        List<Element> serializers = elements(types.get(0), "serializer");
        assertEquals(1, serializers.size());
        assertEquals(cell, load(serializers.get(0).getAttribute("cellClass")));
        assertTrue(DataCellSerializer.class.isAssignableFrom(load(serializers.get(0).getAttribute("serializerClass"))));
    }

    private static Class<?> load(String name) throws ClassNotFoundException {
        return Class.forName(name, false, PluginXmlTest.class.getClassLoader());
    }

    private static Element extension(String point) {
        List<Element> matches = elements(plugin.getDocumentElement(), "extension").stream()
                .filter(extension -> extension.getAttribute("point").equals(point)).toList();
        assertEquals(1, matches.size(), "extensions of " + point);
        return matches.get(0);
    }

    static List<Element> elements(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }
}
