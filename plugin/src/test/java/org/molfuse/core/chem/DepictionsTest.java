package org.molfuse.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DepictionsTest {

    static {
        // Must precede the first AWT use in this JVM; the test below checks it took effect.
        System.setProperty("java.awt.headless", "true");
    }

    private static final String CAFFEINE = "Cn1cnc2c1c(=O)n(C)c(=O)n2C";

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // CDK writes the SVG 1.1 DOCTYPE; the DTD must not be fetched (no network, and it is not needed).
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static int countByClass(Document document, String cssClass) {
        int count = 0;
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            if (cssClass.equals(((Element) all.item(i)).getAttribute("class"))) {
                count++;
            }
        }
        return count;
    }

    @Test
    void runsHeadless() {
        assertTrue(GraphicsEnvironment.isHeadless());
        assertTrue(Depictions.png(PreparedMolecules.prepare("CCO"), 50, 50).length > 0);
    }

    @Test
    void svgIsWellFormedWithTheRequestedSizeAndOneElementPerBond() throws Exception {
        IAtomContainer caffeine = PreparedMolecules.prepare(CAFFEINE);
        Document svg = parse(Depictions.svg(caffeine, 320, 240));
        Element root = svg.getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals(320.0, Double.parseDouble(root.getAttribute("width").replace("px", "")), 1e-9);
        assertEquals(240.0, Double.parseDouble(root.getAttribute("height").replace("px", "")), 1e-9);
        assertEquals("0 0 320.0 240.0", root.getAttribute("viewBox"));
        // Caffeine C8H10N4O2 has 15 bonds between its 14 heavy atoms; CDK labels only the 6 heteroatoms
        // (carbons, even the methyls, are drawn as line ends).
        assertEquals(15, caffeine.getBondCount());
        assertEquals(15, countByClass(svg, "bond"));
        assertEquals(6, countByClass(svg, "atom"));
    }

    @Test
    void pngDecodesToTheRequestedSizeAndIsNotBlank() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                Depictions.png(PreparedMolecules.prepare(CAFFEINE), 200, 150)));
        assertNotNull(image, "ImageIO could not decode the PNG");
        assertEquals(200, image.getWidth());
        assertEquals(150, image.getHeight());
        int background = image.getRGB(0, 0);
        int drawn = 0;
        boolean coloured = false;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (rgb != background) {
                    drawn++;
                    int r = (rgb >> 16) & 0xff;
                    int g = (rgb >> 8) & 0xff;
                    int b = rgb & 0xff;
                    coloured |= Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 80;
                }
            }
        }
        assertEquals(0xFFFFFFFF, background, "white background");
        assertTrue(drawn > 500, "only " + drawn + " drawn pixels");
        assertTrue(coloured, "heteroatom labels (N blue, O red) are drawn in colour");
    }

    @Test
    void theCallersMoleculeGetsNoCoordinates() {
        IAtomContainer aspirin = PreparedMolecules.prepare("CC(=O)Oc1ccccc1C(=O)O");
        Depictions.svg(aspirin, 100, 100);
        for (IAtom atom : aspirin.atoms()) {
            assertNull(atom.getPoint2d());
        }
    }

    @Test
    void invalidSizesAreNamed() {
        IAtomContainer ethanol = PreparedMolecules.prepare("CCO");
        IllegalArgumentException width = assertThrows(IllegalArgumentException.class,
                () -> Depictions.svg(ethanol, 0, 100));
        assertTrue(width.getMessage().contains("width"), width.getMessage());
        IllegalArgumentException height = assertThrows(IllegalArgumentException.class,
                () -> Depictions.png(ethanol, 100, -1));
        assertTrue(height.getMessage().contains("height"), height.getMessage());
    }
}
