package org.molfuse.knime.adapter;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import org.molfuse.core.chem.MoleculeGraph;

/**
 * The binary form of a {@link MoleculeGraph} inside a KNIME table: a version byte, then the record's sizes and arrays
 * as big-endian ints and floats. Binary rather than the core's JSON because a chemprop graph has about 150 floats per
 * atom and every cell is written to disk when a workflow is saved.
 */
public final class MoleculeGraphCodec {

    private static final byte VERSION = 1;

    /** Largest array a cell may declare; guards against allocating gigabytes for a damaged stream. */
    private static final int MAX_VALUES = 1 << 26;

    private MoleculeGraphCodec() {
    }

    public static void write(MoleculeGraph graph, DataOutput out) throws IOException {
        out.writeByte(VERSION);
        out.writeInt(graph.numAtoms());
        out.writeInt(graph.atomFeatureSize());
        writeFloats(graph.atomFeatures(), out);
        writeInts(graph.edgeSources(), out);
        writeInts(graph.edgeTargets(), out);
        out.writeInt(graph.bondFeatureSize());
        writeFloats(graph.bondFeatures(), out);
    }

    /** Reads a graph written by {@link #write}; a damaged or inconsistent stream gives an {@link IOException}. */
    public static MoleculeGraph read(DataInput in) throws IOException {
        byte version = in.readByte();
        if (version != VERSION) {
            throw new IOException("unknown molecule graph format version " + version + " (this MolFuse reads "
                    + VERSION + ")");
        }
        int numAtoms = in.readInt();
        int atomFeatureSize = in.readInt();
        float[] atomFeatures = readFloats(in);
        int[] sources = readInts(in);
        int[] targets = readInts(in);
        int bondFeatureSize = in.readInt();
        float[] bondFeatures = readFloats(in);
        try {
            return new MoleculeGraph(numAtoms, atomFeatureSize, atomFeatures, sources, targets, bondFeatureSize,
                    bondFeatures);
        } catch (IllegalArgumentException e) {
            throw new IOException("damaged molecule graph: " + e.getMessage(), e);
        }
    }

    /** Whether two graphs hold the same numbers (the record's own equals compares array identity). */
    public static boolean equal(MoleculeGraph a, MoleculeGraph b) {
        return a.numAtoms() == b.numAtoms() && a.atomFeatureSize() == b.atomFeatureSize()
                && a.bondFeatureSize() == b.bondFeatureSize() && Arrays.equals(a.atomFeatures(), b.atomFeatures())
                && Arrays.equals(a.edgeSources(), b.edgeSources()) && Arrays.equals(a.edgeTargets(), b.edgeTargets())
                && Arrays.equals(a.bondFeatures(), b.bondFeatures());
    }

    /** A hash consistent with {@link #equal}. */
    public static int hash(MoleculeGraph graph) {
        int hash = 31 * graph.numAtoms() + graph.atomFeatureSize();
        hash = 31 * hash + Arrays.hashCode(graph.atomFeatures());
        hash = 31 * hash + Arrays.hashCode(graph.edgeSources());
        hash = 31 * hash + Arrays.hashCode(graph.edgeTargets());
        return 31 * hash + Arrays.hashCode(graph.bondFeatures());
    }

    /** What a table view shows for a graph, e.g. "9 atoms, 10 bonds". */
    public static String describe(MoleculeGraph graph) {
        int bonds = graph.numEdges() / 2;
        return graph.numAtoms() + (graph.numAtoms() == 1 ? " atom, " : " atoms, ") + bonds
                + (bonds == 1 ? " bond" : " bonds");
    }

    private static void writeFloats(float[] values, DataOutput out) throws IOException {
        out.writeInt(values.length);
        for (float value : values) {
            out.writeFloat(value);
        }
    }

    private static void writeInts(int[] values, DataOutput out) throws IOException {
        out.writeInt(values.length);
        for (int value : values) {
            out.writeInt(value);
        }
    }

    private static float[] readFloats(DataInput in) throws IOException {
        float[] values = new float[length(in)];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }

    private static int[] readInts(DataInput in) throws IOException {
        int[] values = new int[length(in)];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    private static int length(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_VALUES) {
            throw new IOException("damaged molecule graph: an array of " + length + " values");
        }
        return length;
    }
}
