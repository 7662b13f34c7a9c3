package org.molfuse.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.molfuse.core.chem.MoleculeGraph;

class MoleculeGraphCodecTest {

    /**
     * Ethanol's heavy atoms C-C-O with two made-up features per atom and one per directed edge: bonds C0-C1 and C1-O2,
     * each as two edges (0->1, 1->0, 1->2, 2->1).
     */
    private static MoleculeGraph ethanol() {
        return new MoleculeGraph(3, 2, new float[] {6, 0.5f, 6, -1.25f, 8, Float.NaN}, new int[] {0, 1, 1, 2},
                new int[] {1, 0, 2, 1}, 1, new float[] {1, 1, 1.5f, 1.5f});
    }

    @Test
    void roundTripsEveryNumberIncludingNaN() throws IOException {
        MoleculeGraph graph = ethanol();
        MoleculeGraph back = read(write(graph));
        assertEquals(3, back.numAtoms());
        assertEquals(2, back.atomFeatureSize());
        assertEquals(1, back.bondFeatureSize());
        assertArrayEquals(graph.atomFeatures(), back.atomFeatures());
        assertArrayEquals(new int[] {0, 1, 1, 2}, back.edgeSources());
        assertArrayEquals(new int[] {1, 0, 2, 1}, back.edgeTargets());
        assertArrayEquals(new float[] {1, 1, 1.5f, 1.5f}, back.bondFeatures());
        assertTrue(MoleculeGraphCodec.equal(graph, back));
        assertEquals(MoleculeGraphCodec.hash(graph), MoleculeGraphCodec.hash(back));
    }

    @Test
    void writesTheDocumentedCompactLayout() throws IOException {
        // version byte + numAtoms + atomFeatureSize + (length + 6 floats) + (length + 4 ints) twice
        // + bondFeatureSize + (length + 4 floats), every int and float 4 bytes
        int expected = 1 + 4 + 4 + (4 + 6 * 4) + 2 * (4 + 4 * 4) + 4 + (4 + 4 * 4);
        assertEquals(expected, write(ethanol()).length);
    }

    @Test
    void describesAtomsAndBondsForTheTableView() {
        assertEquals("3 atoms, 2 bonds", MoleculeGraphCodec.describe(ethanol()));
        MoleculeGraph methane = new MoleculeGraph(1, 1, new float[] {6}, new int[0], new int[0], 1, new float[0]);
        assertEquals("1 atom, 0 bonds", MoleculeGraphCodec.describe(methane));
    }

    @Test
    void equalityLooksAtTheNumbers() {
        MoleculeGraph other = new MoleculeGraph(3, 2, new float[] {6, 0.5f, 6, -1.25f, 8, 0}, new int[] {0, 1, 1, 2},
                new int[] {1, 0, 2, 1}, 1, new float[] {1, 1, 1.5f, 1.5f});
        assertFalse(MoleculeGraphCodec.equal(ethanol(), other));
        assertTrue(MoleculeGraphCodec.equal(ethanol(), ethanol()));
    }

    @Test
    void rejectsAnUnknownVersion() throws IOException {
        byte[] bytes = write(ethanol());
        bytes[0] = 9;
        IOException error = assertThrows(IOException.class, () -> read(bytes));
        assertTrue(error.getMessage().contains("version 9"), error.getMessage());
    }

    @Test
    void rejectsANegativeArrayLength() throws IOException {
        byte[] bytes = write(ethanol());
        // the atom feature array's length field follows the version byte and two ints
        bytes[9] = (byte) 0xff;
        IOException error = assertThrows(IOException.class, () -> read(bytes));
        assertTrue(error.getMessage().contains("damaged"), error.getMessage());
    }

    @Test
    void rejectsArraysThatDoNotFitTheSizes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(1);
        out.writeInt(3); // three atoms ...
        out.writeInt(2);
        out.writeInt(1); // ... but one feature value
        out.writeFloat(6);
        for (int array = 0; array < 2; array++) {
            out.writeInt(0);
        }
        out.writeInt(1);
        out.writeInt(0);
        IOException error = assertThrows(IOException.class, () -> read(bytes.toByteArray()));
        assertTrue(error.getMessage().contains("atomFeatures"), error.getMessage());
    }

    @Test
    void aTruncatedStreamFails() throws IOException {
        byte[] bytes = write(ethanol());
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length - 3);
        assertThrows(IOException.class, () -> read(truncated));
    }

    private static byte[] write(MoleculeGraph graph) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MoleculeGraphCodec.write(graph, new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    private static MoleculeGraph read(byte[] bytes) throws IOException {
        return MoleculeGraphCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)));
    }
}
