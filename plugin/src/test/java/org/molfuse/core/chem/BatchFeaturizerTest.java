package org.molfuse.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchFeaturizerTest {

    @Test
    void resultsFollowInputOrderAcrossThreads() {
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            inputs.add("C".repeat(1 + i % 37) + i);
        }
        List<RowResult<Integer>> results = new BatchFeaturizer(4).map(inputs, String::length);
        assertEquals(200, results.size());
        for (int row = 0; row < 200; row++) {
            assertEquals(row, results.get(row).row());
            assertEquals(inputs.get(row), results.get(row).input());
            assertEquals(inputs.get(row).length(), results.get(row).value());
            assertTrue(results.get(row).isOk());
        }
    }

    @Test
    void eachDistinctInputIsComputedOnce() {
        ConcurrentHashMap<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        List<String> inputs = Arrays.asList("CCO", "c1ccccc1", "CCO", null, "CCO", null, "c1ccccc1", "N");
        List<RowResult<String>> results = new BatchFeaturizer(3).map(inputs, smiles -> {
            calls.computeIfAbsent(String.valueOf(smiles), k -> new AtomicInteger()).incrementAndGet();
            return "f(" + smiles + ")";
        });
        assertEquals(4, calls.size()); // CCO, c1ccccc1, null, N
        calls.values().forEach(count -> assertEquals(1, count.get()));
        assertEquals("f(CCO)", results.get(4).value());
        assertEquals("f(null)", results.get(5).value());
        assertEquals(5, results.get(5).row());
    }

    @Test
    void throwingFunctionBecomesAFailedRowNamingTheRow() {
        List<String> inputs = List.of("CCO", "boom", "N", "boom");
        List<RowResult<Integer>> results = new BatchFeaturizer(2).map(inputs, smiles -> {
            if (smiles.equals("boom")) {
                throw new IllegalStateException("cannot featurize " + smiles);
            }
            return smiles.length();
        });
        assertEquals(4, results.size());
        assertTrue(results.get(0).isOk());
        assertFalse(results.get(1).isOk());
        assertNull(results.get(1).value());
        assertEquals("row 2: IllegalStateException: cannot featurize boom", results.get(1).error());
        assertEquals("row 4: IllegalStateException: cannot featurize boom", results.get(3).error());
        assertEquals(1, results.get(2).value());
    }

    @Test
    void progressRisesToOne() {
        List<Double> reported = Collections.synchronizedList(new ArrayList<>());
        new BatchFeaturizer(2).map(List.of("a", "b", "c", "a", "d"), String::length, reported::add, () -> false);
        assertEquals(List.of(0.25, 0.5, 0.75, 1.0), reported); // four distinct inputs, reported on the caller thread
    }

    @Test
    void cancellationStopsTheRun() {
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger polls = new AtomicInteger();
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            inputs.add("C" + i);
        }
        assertThrows(CancellationException.class, () -> new BatchFeaturizer(2).map(inputs, smiles -> {
            calls.incrementAndGet();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return smiles;
        }, fraction -> { }, () -> polls.incrementAndGet() > 5));
        assertTrue(calls.get() < 1000, "cancelled before all items ran, ran " + calls.get());
    }

    @Test
    void emptyInputAndBadSettings() {
        assertTrue(new BatchFeaturizer(1).map(List.<String>of(), String::length).isEmpty());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new BatchFeaturizer(0));
        assertTrue(error.getMessage().contains("threads"));
        assertTrue(new BatchFeaturizer().threads() >= 1);
    }

    @Test
    void standardizesAndFeaturizesARealBatch() {
        MoleculeStandardizer standardizer = new MoleculeStandardizer();
        GraphFeaturizer featurizer = GraphFeaturizer.chemprop();
        List<String> inputs = List.of("CCO", "C1CC", "c1ccccc1 ", "CCO");
        List<RowResult<MoleculeGraph>> results = new BatchFeaturizer(2).map(inputs, smiles -> {
            StandardizedMolecule standardized = standardizer.standardize(smiles);
            if (!standardized.isValid()) {
                throw new IllegalArgumentException(standardized.message());
            }
            return featurizer.featurize(standardized.molecule());
        });
        assertEquals(3, results.get(0).value().numAtoms());
        assertEquals("row 2: IllegalArgumentException: unparsable at character 4: unclosed ring detected, "
                + "SMILES may be truncated", results.get(1).error());
        assertEquals(6, results.get(2).value().numAtoms());
        assertEquals(results.get(0).value(), results.get(3).value()); // the cached result is shared
    }
}
