package org.molfuse.core.chem;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Function;

/** Placeholder until the chem branch lands: order-preserving parallel map with a per-run cache. */
public final class BatchFeaturizer {

    private final int threads;

    public BatchFeaturizer(int threads) {
        this.threads = threads;
    }

    public <T> List<T> map(List<String> inputs, Function<String, T> function, DoubleConsumer progress,
            BooleanSupplier cancelled) {
        ConcurrentHashMap<String, T> cache = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger done = new AtomicInteger();
        try {
            int chunk = Math.max(1, inputs.size() / (threads * 8));
            List<Future<?>> futures = new ArrayList<>();
            @SuppressWarnings("unchecked")
            T[] results = (T[]) new Object[inputs.size()];
            for (int start = 0; start < inputs.size(); start += chunk) {
                int from = start;
                int to = Math.min(inputs.size(), start + chunk);
                futures.add(pool.submit(() -> {
                    for (int i = from; i < to; i++) {
                        if (cancelled.getAsBoolean()) {
                            throw new CancellationException("cancelled");
                        }
                        results[i] = cache.computeIfAbsent(inputs.get(i), function);
                    }
                    progress.accept(done.addAndGet(to - from) / (double) inputs.size());
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            return List.of(results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
