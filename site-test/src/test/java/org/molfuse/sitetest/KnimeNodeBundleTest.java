package org.molfuse.sitetest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.osgi.launch.EquinoxFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.FrameworkWiring;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The node bundle as the p2 site publishes it: it depends on KNIME only through Require-Bundle org.knime.core (in
 * the jar's manifest and in the site's p2 metadata), ships no KNIME class, and wires inside Equinox against a bundle
 * named org.knime.core (the compile-only API copy) and the published core bundle, reaching every core and KNIME
 * class its code refers to.
 */
class KnimeNodeBundleTest {

    private static final Path REPOSITORY = Path.of(System.getProperty("molfuse.site.repository", "missing"));
    private static final Path KNIME_API = Path.of(System.getProperty("molfuse.knime.api.jar", "missing"));
    private static final String KNIME_RANGE = "[5.3.0,6.0.0)";

    @TempDir
    Path storage;

    private Framework framework;

    @BeforeEach
    void startFramework() throws Exception {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        framework = new EquinoxFactory().newFramework(config);
        framework.start();
    }

    @AfterEach
    void stopFramework() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    @Test
    void manifestRequiresKnimeCoreAndTheCoreBundleAndImportsNeither() throws IOException {
        try (JarFile jar = new JarFile(knimeJar().toFile())) {
            Manifest manifest = jar.getManifest();
            String required = manifest.getMainAttributes().getValue("Require-Bundle");
            assertTrue(required.contains("org.knime.core;bundle-version=\"" + KNIME_RANGE + "\""), required);
            assertTrue(required.contains("org.molfuse.core;"), required);
            assertTrue(manifest.getMainAttributes().getValue("Bundle-SymbolicName")
                    .equals("org.molfuse.knime;singleton:=true"));
            assertEquals("lazy", manifest.getMainAttributes().getValue("Bundle-ActivationPolicy"));
            String imported = String.valueOf(manifest.getMainAttributes().getValue("Import-Package"));
            assertTrue(!imported.contains("org.knime") && !imported.contains("org.molfuse"), imported);
            assertNotNull(jar.getEntry("plugin.xml"));
        }
    }

    @Test
    void jarShipsNoKnimeClass() throws IOException {
        try (JarFile jar = new JarFile(knimeJar().toFile())) {
            List<String> knime = jar.stream().map(ZipEntry::getName).filter(name -> name.startsWith("org/knime/"))
                    .toList();
            assertEquals(List.of(), knime);
            assertTrue(jar.stream().anyMatch(entry -> entry.getName().endsWith("OperatorNodeModel.class")));
        }
    }

    @Test
    void p2MetadataRequiresKnimeCoreForTheNodeBundle() throws Exception {
        Document content;
        try (JarFile contentJar = new JarFile(REPOSITORY.resolve("content.jar").toFile());
                InputStream in = contentJar.getInputStream(contentJar.getEntry("content.xml"))) {
            content = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Element unit = null;
        NodeList units = content.getElementsByTagName("unit");
        for (int i = 0; i < units.getLength(); i++) {
            Element candidate = (Element) units.item(i);
            if (candidate.getAttribute("id").equals("org.molfuse.knime")) {
                unit = candidate;
            }
        }
        assertNotNull(unit, "the site has no org.molfuse.knime unit");
        Map<String, String> bundles = new HashMap<>();
        NodeList required = unit.getElementsByTagName("required");
        for (int i = 0; i < required.getLength(); i++) {
            Element requirement = (Element) required.item(i);
            if (requirement.getAttribute("namespace").equals("osgi.bundle")) {
                bundles.put(requirement.getAttribute("name"), requirement.getAttribute("range"));
            }
        }
        assertEquals(KNIME_RANGE, bundles.get("org.knime.core"));
        assertEquals("[1.0.0,2.0.0)", bundles.get("org.molfuse.core"));
    }

    @Test
    void resolvesAgainstKnimeCoreAndReachesEveryClassItRefersTo() throws Exception {
        Bundle knimeCore = install(KNIME_API);
        Bundle core = install(published("org.molfuse.core_"));
        Bundle nodes = install(knimeJar());
        assertTrue(framework.adapt(FrameworkWiring.class).resolveBundles(List.of(knimeCore, core, nodes)),
                "org.molfuse.knime resolves");
        assertEquals("org.knime.core", knimeCore.getSymbolicName());

        TreeSet<String> referenced = referencedClasses(knimeJar(), "org/molfuse/core/", "org/knime/");
        assertTrue(referenced.contains("org.molfuse.core.operator.OperatorRegistry"), referenced.toString());
        assertTrue(referenced.contains("org.knime.core.node.NodeModel"), referenced.toString());
        List<String> unreachable = new ArrayList<>();
        for (String name : referenced) {
            try {
                nodes.loadClass(name);
            } catch (ClassNotFoundException | NoClassDefFoundError e) {
                unreachable.add(name);
            }
        }
        assertEquals(List.of(), unreachable, "classes the node bundle refers to but cannot load");

        // the registry the factories look themselves up in, reached through the wiring
        Class<?> registry = nodes.loadClass("org.molfuse.core.operator.OperatorRegistry");
        List<?> entries = (List<?>) registry.getMethod("entries").invoke(null);
        for (Object entry : entries) {
            String factory = (String) entry.getClass().getMethod("factoryClass").invoke(entry);
            Class<?> factoryClass = nodes.loadClass(factory);
            assertEquals("org.molfuse.knime.adapter.OperatorNodeFactory", factoryClass.getSuperclass().getName());
            assertNotNull(factoryClass.getDeclaredMethods());
        }
        // every registered operator is a node plugin.xml declares
        long declared = java.util.regex.Pattern.compile("<node factory-class=")
                .matcher(java.nio.file.Files.readString(Path.of("..", "nodes", "plugin.xml"))).results().count();
        assertEquals(declared, entries.size());
    }

    /** Names of the classes under the given packages that the bundle's class files refer to. */
    private static TreeSet<String> referencedClasses(Path jarFile, String... prefixes) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        StringBuilder alternatives = new StringBuilder();
        for (String prefix : prefixes) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(prefix));
        }
        // class names appear in the constant pool as "org/.../Name" and inside descriptors as "Lorg/.../Name;"
        Pattern reference = Pattern.compile("(?:" + alternatives + ")[A-Za-z0-9_/$]*[A-Za-z0-9_$]");
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            Enumeration<java.util.jar.JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().endsWith(".class")) {
                    continue;
                }
                String bytes;
                try (InputStream in = jar.getInputStream(entry)) {
                    bytes = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                }
                Matcher matcher = reference.matcher(bytes);
                while (matcher.find()) {
                    String name = matcher.group();
                    int lastSlash = name.lastIndexOf('/');
                    // a package path alone ends in a lower-case segment; class names start upper-case here
                    if (Character.isUpperCase(name.charAt(lastSlash + 1))) {
                        names.add(name.replace('/', '.'));
                    }
                }
            }
        }
        return names;
    }

    private Bundle install(Path jar) throws Exception {
        return framework.getBundleContext().installBundle(jar.toUri().toString());
    }

    private static Path knimeJar() throws IOException {
        return published("org.molfuse.knime_");
    }

    private static Path published(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(REPOSITORY.resolve("plugins"))) {
            List<Path> matches = files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
            assertEquals(1, matches.size(), prefix + " in " + REPOSITORY);
            return matches.get(0);
        }
    }
}
