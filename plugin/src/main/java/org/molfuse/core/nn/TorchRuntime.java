package org.molfuse.core.nn;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtEngineProvider;
import java.util.function.Supplier;

/**
 * The one way into DJL's PyTorch engine, so that it starts the same on a flat class path (CLI, tests) and inside an
 * OSGi bundle (KNIME).
 *
 * <p>DJL discovers engines and locates its native libraries through the thread context class loader. A KNIME worker
 * thread's context loader cannot see this bundle's embedded jars, and DJL remembers a failed discovery for the life
 * of its class loader, so the first initialisation must run with this class's loader as context loader; registering
 * the provider explicitly also recovers an engine class that was touched earlier with the wrong loader. Once the
 * engine is loaded, NDArray work runs on any thread.
 */
public final class TorchRuntime {

    private static volatile Engine engine;

    private TorchRuntime() {
    }

    /** The PyTorch engine, started on first use. */
    public static Engine engine() {
        Engine started = engine;
        if (started == null) {
            synchronized (TorchRuntime.class) {
                if (engine == null) {
                    engine = withBundleClassLoader(() -> {
                        Engine.registerEngine(new PtEngineProvider());
                        return Engine.getEngine("PyTorch");
                    });
                }
                started = engine;
            }
        }
        return started;
    }

    /**
     * Sets PyTorch's intra-op thread count, which is process-wide; it is only touched when it differs. One thread
     * makes training bit-for-bit repeatable; more threads may round sums in another order.
     */
    public static void useThreads(int threads) {
        engine();
        if (ai.djl.pytorch.jni.JniUtils.getNumThreads() != threads) {
            ai.djl.pytorch.jni.JniUtils.setNumThreads(threads);
        }
    }

    /** A new root manager on the PyTorch engine; close it when done. */
    public static NDManager newManager() {
        return engine().newBaseManager();
    }

    /**
     * A 0-d float tensor of {@code value} whose memory PyTorch allocates and owns. Multiply or divide a tensor that
     * needs a gradient by this, never by a Java number: DJL's {@code mul(Number)} and {@code div(Number)} wrap the
     * number in a direct buffer that PyTorch does not own and close it right after the operation, yet autograd keeps
     * that tensor for the backward pass; once the garbage collector frees the buffer, the gradient is scaled by
     * whatever the freed memory holds, and the same seed no longer gives the same model.
     */
    public static NDArray scalar(NDManager manager, float value) {
        return manager.full(new Shape(), value);
    }

    /** Runs DJL code with this bundle's class loader as the thread context class loader, restoring it after. */
    public static <T> T withBundleClassLoader(Supplier<T> body) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(TorchRuntime.class.getClassLoader());
        try {
            return body.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
