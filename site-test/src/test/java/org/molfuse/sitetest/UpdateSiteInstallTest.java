package org.molfuse.sitetest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.osgi.launch.EquinoxFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Installs the core bundle exactly as the p2 site publishes it into a bare Equinox and runs CDK through it, which
 * proves the manifest (Bundle-ClassPath, imports) is complete without KNIME or any other bundle.
 */
class UpdateSiteInstallTest {

    private static final Path REPOSITORY = Path.of(System.getProperty("molfuse.site.repository", "missing"));

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
    void siteHoldsFeatureAndCoreBundleWithP2Metadata() throws IOException {
        assertTrue(Files.isRegularFile(REPOSITORY.resolve("content.jar")), "content.jar in " + REPOSITORY);
        assertTrue(Files.isRegularFile(REPOSITORY.resolve("artifacts.jar")), "artifacts.jar in " + REPOSITORY);
        assertEquals(1, published("features", "org.molfuse.feature_").size());
        assertEquals(1, published("plugins", "org.molfuse.core_").size());
        assertEquals(1, published("plugins", "org.molfuse.knime_").size());
    }

    @Test
    void coreBundleResolvesAndStandardizesSmilesInsideOsgi() throws Exception {
        Path coreJar = published("plugins", "org.molfuse.core_").get(0);
        Bundle core = framework.getBundleContext().installBundle(coreJar.toUri().toString());
        assertTrue(framework.adapt(FrameworkWiring.class).resolveBundles(List.of(core)), "core bundle resolves");
        core.start();
        assertEquals(Bundle.ACTIVE, core.getState());

        Class<?> standardizerClass = core.loadClass("org.molfuse.core.chem.MoleculeStandardizer");
        Object standardizer = standardizerClass.getConstructor().newInstance();
        // sodium propanoate loses the sodium and its charge: the same canonical SMILES as propanoic acid written
        // in another atom order
        String fromSalt = canonical(standardizer, "[Na+].[O-]C(=O)CC");
        assertEquals(canonical(standardizer, "OC(=O)CC"), fromSalt);
        assertEquals(3, fromSalt.chars().filter(c -> c == 'C').count(), fromSalt);
        assertEquals(2, fromSalt.chars().filter(c -> c == 'O').count(), fromSalt);
    }

    @Test
    void pytorchEngineStartsInsideTheBundleFromAWorkerThreadWithoutContextLoader() throws Exception {
        Path coreJar = published("plugins", "org.molfuse.core_").get(0);
        Bundle core = framework.getBundleContext().installBundle("reference:" + coreJar.toUri());
        core.start();
        float[][] result = new float[1][];
        Throwable[] failure = new Throwable[1];
        // a KNIME worker thread: its context class loader cannot see the bundle's embedded DJL jars
        Thread worker = new Thread(() -> {
            try {
                result[0] = matMulInside(core);
            } catch (Throwable e) {
                failure[0] = e;
            }
        });
        worker.setContextClassLoader(null);
        worker.start();
        worker.join(120_000);
        if (failure[0] != null) {
            throw new AssertionError("DJL inside OSGi failed", failure[0]);
        }
        // [[1,2,3],[4,5,6]] x [[1,0],[0,1],[1,1]] = [[1+3, 2+3], [4+6, 5+6]] = [[4,5],[10,11]]
        org.junit.jupiter.api.Assertions.assertArrayEquals(new float[] {4, 5, 10, 11}, result[0]);
    }

    /** Creates two arrays through the bundle's TorchRuntime and multiplies them, all by reflection. */
    private static float[] matMulInside(Bundle core) throws ReflectiveOperationException {
        Class<?> runtime = core.loadClass("org.molfuse.core.nn.TorchRuntime");
        Object manager = runtime.getMethod("newManager").invoke(null);
        Class<?> managerClass = core.loadClass("ai.djl.ndarray.NDManager");
        Class<?> shapeClass = core.loadClass("ai.djl.ndarray.types.Shape");
        Class<?> arrayClass = core.loadClass("ai.djl.ndarray.NDArray");
        try {
            Object a = managerClass.getMethod("create", float[].class, shapeClass).invoke(manager,
                    new float[] {1, 2, 3, 4, 5, 6}, shapeClass.getConstructor(long[].class).newInstance((Object) new long[] {2, 3}));
            Object b = managerClass.getMethod("create", float[].class, shapeClass).invoke(manager,
                    new float[] {1, 0, 0, 1, 1, 1}, shapeClass.getConstructor(long[].class).newInstance((Object) new long[] {3, 2}));
            Object product = arrayClass.getMethod("matMul", arrayClass).invoke(a, b);
            return (float[]) arrayClass.getMethod("toFloatArray").invoke(product);
        } finally {
            managerClass.getMethod("close").invoke(manager);
        }
    }

    private static String canonical(Object standardizer, String smiles) throws ReflectiveOperationException {
        Object result = standardizer.getClass().getMethod("standardize", String.class).invoke(standardizer, smiles);
        return (String) result.getClass().getMethod("canonicalSmiles").invoke(result);
    }

    private static List<Path> published(String folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(REPOSITORY.resolve(folder))) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }
}
