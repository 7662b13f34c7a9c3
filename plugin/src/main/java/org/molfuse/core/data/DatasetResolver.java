package org.molfuse.core.data;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds a dataset file on disk, downloading it once if needed. Places are tried in this order, and in each the
 * spec's {@link DatasetSpec#fileName() file name} before its {@link DatasetSpec#downloadFileName() download name}:
 * <ol>
 *   <li>the folder named by {@code $MOLFUSE_DATA_DIR};</li>
 *   <li>{@code shared/datasets} in the project directory or its nearest ancestor that has one (so a checkout with
 *       {@code shared/} beside it works from the checkout root and from a module folder alike), then the same search
 *       from the working directory;</li>
 *   <li>the download cache, {@code $MOLFUSE_CACHE_DIR} or else {@code ~/.cache/molfuse};</li>
 *   <li>a download from the spec's URL into that cache. The bytes go to a temporary file that is moved into place
 *       only when complete, so an interrupted download never leaves a partial file behind.</li>
 * </ol>
 */
public final class DatasetResolver {

    public static final String DATA_DIR_ENV = "MOLFUSE_DATA_DIR";
    public static final String CACHE_DIR_ENV = "MOLFUSE_CACHE_DIR";

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

    private final Function<String, String> environment;
    private final Path projectDir;
    private final Path workingDir;
    private final Path homeDir;

    /**
     * @param environment looks up environment variables ({@code System::getenv} outside tests)
     * @param projectDir where the search for {@code shared/datasets} starts
     * @param workingDir where the second search for {@code shared/datasets} starts
     * @param homeDir the user's home, for the default cache {@code ~/.cache/molfuse}
     */
    public DatasetResolver(Function<String, String> environment, Path projectDir, Path workingDir, Path homeDir) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.workingDir = workingDir.toAbsolutePath().normalize();
        this.homeDir = homeDir.toAbsolutePath().normalize();
    }

    /** A resolver reading the real environment, the JVM's working directory and the user's home. */
    public static DatasetResolver fromEnvironment(Path projectDir) {
        return new DatasetResolver(System::getenv, projectDir, Path.of(System.getProperty("user.dir")),
                Path.of(System.getProperty("user.home")));
    }

    public Path cacheDirectory() {
        String configured = environment.apply(CACHE_DIR_ENV);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return homeDir.resolve(".cache").resolve("molfuse");
    }

    /** The folders searched before any download, in order; only folders that exist are listed. */
    public List<Path> searchDirectories() {
        Set<Path> directories = new LinkedHashSet<>();
        Path dataDir = configuredDataDir();
        if (dataDir != null && Files.isDirectory(dataDir)) {
            directories.add(dataDir);
        }
        addSharedDatasets(projectDir, directories);
        addSharedDatasets(workingDir, directories);
        if (Files.isDirectory(cacheDirectory())) {
            directories.add(cacheDirectory());
        }
        return List.copyOf(directories);
    }

    /**
     * The path of the dataset's file, downloading it into the cache if no folder has it.
     *
     * @throws IOException when the file is nowhere and cannot be downloaded; the message names the dataset, the URL,
     *     every place searched and how to fix it
     */
    public Path resolve(DatasetSpec spec) throws IOException {
        Optional<Path> local = findLocal(spec);
        if (local.isPresent()) {
            return local.get();
        }
        List<String> candidates = candidateNames(spec);
        if (spec.url() == null) {
            throw new IOException(notFoundMessage(spec, candidates) + "\nNo download address is known for it. "
                    + fixHint(spec));
        }
        String notFound = notFoundMessage(spec, candidates);
        Path target = cacheDirectory().resolve(spec.downloadFileName());
        try {
            download(URI.create(spec.url()), target);
            return target;
        } catch (IOException e) {
            throw new IOException(notFound + "\nDownloading " + spec.url() + " into "
                    + cacheDirectory() + " failed: " + describe(e) + "\n" + fixHint(spec), e);
        }
    }

    /** The dataset's file if a searched folder has it; never downloads. */
    public Optional<Path> findLocal(DatasetSpec spec) {
        List<String> candidates = candidateNames(spec);
        for (Path directory : searchDirectories()) {
            for (String candidate : candidates) {
                Path file = directory.resolve(candidate);
                if (Files.isRegularFile(file)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }

    private Path configuredDataDir() {
        String configured = environment.apply(DATA_DIR_ENV);
        return configured == null || configured.isBlank() ? null : Path.of(configured).toAbsolutePath().normalize();
    }

    private static void addSharedDatasets(Path start, Set<Path> directories) {
        for (Path directory = start; directory != null; directory = directory.getParent()) {
            Path shared = directory.resolve("shared").resolve("datasets");
            if (Files.isDirectory(shared)) {
                directories.add(shared);
                return;
            }
        }
    }

    private static List<String> candidateNames(DatasetSpec spec) {
        Set<String> names = new LinkedHashSet<>();
        names.add(spec.fileName());
        if (spec.downloadFileName() != null) {
            names.add(spec.downloadFileName());
        }
        return List.copyOf(names);
    }

    private String notFoundMessage(DatasetSpec spec, List<String> candidates) {
        List<String> searched = new ArrayList<>();
        Path dataDir = configuredDataDir();
        searched.add("$" + DATA_DIR_ENV + (dataDir == null ? " (not set)"
                : " = " + dataDir + (Files.isDirectory(dataDir) ? "" : " (no such folder)")));
        searched.add("shared/datasets in " + projectDir + " or a parent folder");
        searched.add("shared/datasets in " + workingDir + " or a parent folder");
        searched.add("the download cache " + cacheDirectory());
        List<Path> found = searchDirectories();
        return "Dataset '" + spec.name() + "' (" + String.join(" or ", candidates) + ") was not found locally.\n"
                + "Searched: " + String.join("; ", searched) + ".\n"
                + "Existing folders among them: " + (found.isEmpty() ? "none" : found) + ".";
    }

    private static String fixHint(DatasetSpec spec) {
        String source = spec.url() == null ? "" : " from " + spec.url();
        return "To fix: download " + spec.fileName() + source + " by hand into a folder and set " + DATA_DIR_ENV
                + " to that folder (or put it in " + CACHE_DIR_ENV + ").";
    }

    /**
     * Every distinct type and message in the cause chain: HttpClient's connection errors carry no message, only
     * their causes' types tell "refused" ({@code ClosedChannelException}) from "unknown host"
     * ({@code UnresolvedAddressException}).
     */
    private static String describe(IOException e) {
        List<String> parts = new ArrayList<>();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            String part = cause.getClass().getSimpleName()
                    + (message == null || message.isBlank() ? "" : ": " + message);
            if (!parts.contains(part)) {
                parts.add(part);
            }
        }
        return String.join(", caused by ", parts);
    }

    private static void download(URI url, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(CONNECT_TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
            HttpRequest request = HttpRequest.newBuilder(url).timeout(REQUEST_TIMEOUT).GET().build();
            HttpResponse<Path> response = client.send(request, HttpResponse.BodyHandlers.ofFile(temp));
            if (response.statusCode() != 200) {
                throw new IOException("the server answered HTTP " + response.statusCode());
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("download interrupted");
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
