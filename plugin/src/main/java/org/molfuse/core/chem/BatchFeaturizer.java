package org.molfuse.core.chem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Function;

/**
 * Maps a function over SMILES strings on several threads, one result per input row, in input order.
 *
 * <p>Each distinct string is computed once per run and its result shared by every row that repeats it. A function that
 * throws does not stop the batch: its rows become {@link RowResult#failed failed} results whose message names the row
 * and the exception. Progress (fraction of distinct inputs done) is reported and cancellation checked on the calling
 * thread between items, so neither callback needs to be thread-safe; cancellation throws {@link CancellationException}.
 * The function itself runs on worker threads and must be thread-safe (e.g. {@link MoleculeStandardizer}).
 */
public final class BatchFeaturizer {

    private static final long CANCEL_POLL_MILLIS = 50;
    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    private final int threads;

    /** One thread per available processor. */
    public BatchFeaturizer() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public BatchFeaturizer(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    public int threads() {
        return threads;
    }

    /** Without progress reporting or cancellation. */
    public <T> List<RowResult<T>> map(List<String> inputs, Function<String, T> function) {
        return map(inputs, function, fraction -> { }, () -> false);
    }

    /**
     * @param progress  receives the fraction of distinct inputs done, from 0 (exclusive) to 1
     * @param cancelled polled between items; when it returns true the run stops with {@link CancellationException}
     */
    public <T> List<RowResult<T>> map(List<String> inputs, Function<String, T> function, DoubleConsumer progress,
            BooleanSupplier cancelled) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
        // HashMap accepts a null key, so missing inputs are de-duplicated like any other string
        Map<String, Integer> firstRow = new HashMap<>();
        List<String> distinct = new ArrayList<>();
        for (int row = 0; row < inputs.size(); row++) {
            if (!firstRow.containsKey(inputs.get(row))) {
                firstRow.put(inputs.get(row), row);
                distinct.add(inputs.get(row));
            }
        }
        Map<String, Outcome<T>> outcomes = compute(distinct, function, progress, cancelled);
        List<RowResult<T>> results = new ArrayList<>(inputs.size());
        for (int row = 0; row < inputs.size(); row++) {
            String input = inputs.get(row);
            Outcome<T> outcome = outcomes.get(input);
            results.add(outcome.error() == null ? RowResult.ok(row, input, outcome.value())
                    : RowResult.failed(row, input, "row " + (row + 1) + ": " + outcome.error()));
        }
        return results;
    }

    /** Value or error message of one distinct input. */
    private record Outcome<T>(String input, T value, String error) {
    }

    private <T> Map<String, Outcome<T>> compute(List<String> distinct, Function<String, T> function,
            DoubleConsumer progress, BooleanSupplier cancelled) {
        Map<String, Outcome<T>> outcomes = new HashMap<>();
        if (distinct.isEmpty()) {
            return outcomes;
        }
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, distinct.size()), daemonThreads());
        try {
            ExecutorCompletionService<Outcome<T>> completion = new ExecutorCompletionService<>(pool);
            for (String input : distinct) {
                completion.submit(() -> stop.get() ? null : apply(function, input));
            }
            int done = 0;
            while (done < distinct.size()) {
                if (cancelled.getAsBoolean()) {
                    stop.set(true);
                    throw new CancellationException("cancelled after " + done + " of " + distinct.size() + " inputs");
                }
                Future<Outcome<T>> finished = completion.poll(CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (finished == null) {
                    continue;
                }
                Outcome<T> outcome = finished.get();
                outcomes.put(outcome.input(), outcome);
                done++;
                progress.accept((double) done / distinct.size());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.set(true);
            throw new CancellationException("interrupted while waiting for results");
        } catch (ExecutionException e) {
            // apply() catches what the function throws, so this is a failure of the machinery itself
            throw new IllegalStateException("batch worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> Outcome<T> apply(Function<String, T> function, String input) {
        try {
            return new Outcome<>(input, function.apply(input), null);
        } catch (RuntimeException | StackOverflowError e) {
            String message = e.getMessage() == null ? "" : ": " + e.getMessage();
            return new Outcome<>(input, null, e.getClass().getSimpleName() + message);
        }
    }

    private static ThreadFactory daemonThreads() {
        int pool = POOL_NUMBER.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        return runnable -> {
            Thread worker = new Thread(runnable, "molfuse-batch-" + pool + "-" + thread.incrementAndGet());
            worker.setDaemon(true);
            return worker;
        };
    }
}
