package org.molfuse.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetResolverTest {

    @TempDir
    Path root;

    private final Map<String, String> env = new HashMap<>();

    private DatasetResolver resolver(Path projectDir, Path workingDir) {
        return new DatasetResolver(env::get, projectDir, workingDir, root.resolve("home"));
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    private static DatasetSpec spec(String fileName, String url) {
        return new DatasetSpec("demo", fileName, "smiles", List.of(TaskSpec.regression("y")), url);
    }

    @Test
    void dataDirFromEnvironmentComesFirst() throws IOException {
        Path mine = write(root.resolve("mine/delaney-processed.csv"), "smiles\n");
        write(root.resolve("shared/datasets/delaney-processed.csv"), "smiles\n");
        env.put(DatasetResolver.DATA_DIR_ENV, root.resolve("mine").toString());

        Path found = resolver(root.resolve("checkout"), root.resolve("checkout")).resolve(DatasetRegistry.get("esol"));

        assertEquals(mine, found);
    }

    @Test
    void sharedDatasetsIsFoundFromAModuleFolder() throws IOException {
        Path shared = write(root.resolve("shared/datasets/BBBP.csv"), "smiles\n");
        Path module = Files.createDirectories(root.resolve("checkout/plugin"));

        Path found = resolver(module, Files.createDirectories(root.resolve("elsewhere")))
                .resolve(DatasetRegistry.get("bbbp"));

        assertEquals(shared, found);
    }

    @Test
    void workingDirectoryIsSearchedAfterTheProject() throws IOException {
        Path shared = write(root.resolve("ci/shared/datasets/HIV.csv"), "smiles\n");
        Path checkout = Files.createDirectories(root.resolve("ci/checkout"));
        Path project = Files.createDirectories(root.resolve("unrelated/project"));

        DatasetResolver resolver = resolver(project, checkout);

        assertEquals(List.of(root.resolve("ci/shared/datasets")), resolver.searchDirectories());
        assertEquals(shared, resolver.resolve(DatasetRegistry.get("hiv")));
    }

    @Test
    void downloadNameIsAcceptedLocally() throws IOException {
        Path gz = write(root.resolve("data/tox21.csv.gz"), "not read here");
        env.put(DatasetResolver.DATA_DIR_ENV, root.resolve("data").toString());

        assertEquals(gz, resolver(root, root).resolve(DatasetRegistry.get("tox21")));
    }

    @Test
    void cacheDefaultsToHomeAndFollowsEnvironment() {
        DatasetResolver resolver = resolver(root, root);
        assertEquals(root.resolve("home/.cache/molfuse"), resolver.cacheDirectory());

        env.put(DatasetResolver.CACHE_DIR_ENV, root.resolve("c").toString());
        assertEquals(root.resolve("c"), resolver.cacheDirectory());
    }

    @Test
    void refusedDownloadNamesDatasetUrlPlacesAndFix() throws IOException {
        Path cache = root.resolve("cache");
        env.put(DatasetResolver.CACHE_DIR_ENV, cache.toString());
        Path project = Files.createDirectories(root.resolve("project"));
        String url = "http://127.0.0.1:9/delaney-processed.csv";

        IOException e = assertThrows(IOException.class,
                () -> resolver(project, project).resolve(spec("delaney-processed.csv", url)));

        String message = e.getMessage();
        assertTrue(message.startsWith("Dataset 'demo' (delaney-processed.csv) was not found locally."), message);
        assertTrue(message.contains("$MOLFUSE_DATA_DIR (not set)"), message);
        assertTrue(message.contains("shared/datasets in " + project + " or a parent folder"), message);
        assertTrue(message.contains("the download cache " + cache), message);
        assertTrue(message.contains("Downloading " + url + " into " + cache + " failed: ConnectException"), message);
        assertTrue(message.contains("set MOLFUSE_DATA_DIR to that folder"), message);
        assertEquals(List.of(), listFiles(cache));
    }

    @Test
    void missingDataDirIsReportedAsSuch() throws IOException {
        env.put(DatasetResolver.DATA_DIR_ENV, root.resolve("typo").toString());
        env.put(DatasetResolver.CACHE_DIR_ENV, root.resolve("cache").toString());

        IOException e = assertThrows(IOException.class,
                () -> resolver(root, root).resolve(spec("x.csv", null)));

        assertTrue(e.getMessage().contains("$MOLFUSE_DATA_DIR = " + root.resolve("typo") + " (no such folder)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("No download address is known for it."), e.getMessage());
    }

    @Test
    void downloadFromLoopbackLandsInCacheWhole() throws IOException {
        String body = "smiles,y\nCCO,1.5\n";
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/datasets/", exchange -> {
            boolean known = exchange.getRequestURI().getPath().equals("/datasets/demo.csv");
            byte[] bytes = (known ? body : "gone").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(known ? 200 : 404, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/datasets/";
            Path cache = root.resolve("cache");
            env.put(DatasetResolver.CACHE_DIR_ENV, cache.toString());
            DatasetResolver resolver = resolver(root, root);

            Path downloaded = resolver.resolve(spec("demo.csv", base + "demo.csv"));
            IOException notFound = assertThrows(IOException.class,
                    () -> resolver.resolve(spec("absent.csv", base + "absent.csv")));

            assertEquals(cache.resolve("demo.csv"), downloaded);
            assertEquals(body, Files.readString(downloaded));
            assertTrue(notFound.getMessage().contains("the server answered HTTP 404"), notFound.getMessage());
            assertEquals(List.of(cache.resolve("demo.csv")), listFiles(cache));
            // a second resolve finds the cached copy without the server
            server.stop(0);
            assertEquals(downloaded, resolver.resolve(spec("demo.csv", base + "demo.csv")));
        } finally {
            server.stop(0);
        }
    }

    private static List<Path> listFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }

    @Test
    void searchDirectoriesSkipAbsentFolders() {
        env.put(DatasetResolver.DATA_DIR_ENV, root.resolve("absent").toString());

        assertFalse(resolver(root.resolve("p"), root.resolve("w")).searchDirectories()
                .contains(root.resolve("absent")));
    }
}
