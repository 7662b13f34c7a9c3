package org.molfuse.core.chem;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

import javax.imageio.ImageIO;

import org.openscience.cdk.depict.Depiction;
import org.openscience.cdk.depict.DepictionGenerator;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * 2D depictions of a molecule with CDK's {@code DepictionGenerator}, heteroatoms in CDK's standard colours
 * (N blue, O red, ...). Coordinates are laid out when missing, without changing the caller's molecule. Large molecules
 * are shrunk to fit; small ones keep the standard bond length rather than being blown up. Only off-screen rendering is used, so it works with {@code java.awt.headless=true}.
 * Stateless and thread-safe.
 */
public final class Depictions {

    private Depictions() {
    }

    /** An SVG document of {@code width} x {@code height} pixels. */
    public static String svg(IAtomContainer molecule, int width, int height) {
        return depict(molecule, width, height).toSvgStr(Depiction.UNITS_PX);
    }

    /** A PNG image of {@code width} x {@code height} pixels on a white background. */
    public static byte[] png(IAtomContainer molecule, int width, int height) {
        BufferedImage image = depict(molecule, width, height).toImg();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new IllegalStateException("no PNG writer is available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the depiction as PNG", e);
        }
        return bytes.toByteArray();
    }

    private static Depiction depict(IAtomContainer molecule, int width, int height) {
        Objects.requireNonNull(molecule, "molecule");
        if (width <= 0) {
            throw new IllegalArgumentException("depiction width must be > 0 pixels, was " + width);
        }
        if (height <= 0) {
            throw new IllegalArgumentException("depiction height must be > 0 pixels, was " + height);
        }
        try {
            // the generator lays out a clone, so a molecule shared with other threads is never written to
            return new DepictionGenerator().withSize(width, height).withAtomColors().depict(molecule.clone());
        } catch (CDKException | CloneNotSupportedException e) {
            throw new IllegalArgumentException("cannot depict the molecule: " + e.getMessage(), e);
        }
    }
}
