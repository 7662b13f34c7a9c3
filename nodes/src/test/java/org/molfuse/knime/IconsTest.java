package org.molfuse.knime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Node and category icons are 16x16 PNGs, and no two nodes share the same picture. */
class IconsTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void nodeIconsAre16x16PngsAndDistinct() throws Exception {
        List<Path> icons;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            icons = files.filter(file -> file.toString().endsWith(".png")).sorted().toList();
        }
        assertEquals(org.molfuse.core.operator.OperatorRegistry.entries().size(), icons.size(),
                "one icon per node: " + icons);
        Set<String> pictures = new HashSet<>();
        for (Path icon : icons) {
            BufferedImage image = check(icon.toFile());
            assertTrue(pictures.add(pixels(image)), icon + " looks like another node's icon");
        }
    }

    @Test
    void categoryIconsAre16x16Pngs() throws Exception {
        List<File> icons = new ArrayList<>(List.of(Path.of("icons").toFile().listFiles()));
        assertEquals(7, icons.size(), "the MolFuse category and its six subcategories: " + icons);
        for (File icon : icons) {
            check(icon);
        }
    }

    private static BufferedImage check(File file) throws Exception {
        byte[] start;
        try (InputStream in = Files.newInputStream(file.toPath())) {
            start = in.readNBytes(PNG_SIGNATURE.length);
        }
        assertTrue(java.util.Arrays.equals(PNG_SIGNATURE, start), file + " is not a PNG");
        BufferedImage image = ImageIO.read(file);
        assertNotNull(image, file + " cannot be read");
        assertEquals(16, image.getWidth(), file + " width");
        assertEquals(16, image.getHeight(), file + " height");
        return image;
    }

    private static String pixels(BufferedImage image) {
        StringBuilder all = new StringBuilder();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                all.append(Integer.toHexString(image.getRGB(x, y))).append(',');
            }
        }
        return all.toString();
    }
}
