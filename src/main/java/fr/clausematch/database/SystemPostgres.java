package fr.clausematch.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The fallback embedded database: Debian's PostgreSQL binaries ({@code /usr/lib/postgresql/<version>/bin},
 * highest version), on a cluster of its own in the configured data directory, listening on 127.0.0.1 only.
 * Run as root, the cluster belongs to user {@code postgres} and every command runs through
 * {@code runuser -u postgres}; otherwise the binaries run as the current user. Durable settings unless
 * {@code clausematch.embedded-db.durable=false}.
 */
final class SystemPostgres implements LocalPostgres {

    private static final Logger log = LoggerFactory.getLogger(SystemPostgres.class);
    static final Path DEBIAN_BINARIES = Path.of("/usr/lib/postgresql");
    private static final String OS_USER = "postgres";
    private static final long TIMEOUT_SECONDS = 120;

    private final Path bin;
    private final Path dataDirectory;
    private final int port;
    private final boolean root;
    private boolean running = true;
    private FileChannel lockChannel;

    private SystemPostgres(Path bin, Path dataDirectory, int port, boolean root) {
        this.bin = bin;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.root = root;
    }

    /**
     * Initialises the cluster if the directory is empty (wiped first when {@code clean}), then starts it. A folder
     * it cannot use (a cluster of another major version, or one that user postgres does not own when root, or
     * files that are no cluster) is refused before anything in it is touched.
     */
    static SystemPostgres start(EmbeddedPostgresProperties properties) {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(
                "No PostgreSQL binaries in " + DEBIAN_BINARIES + "/<version>/bin (install Debian's postgresql package)"));
        Path directory = properties.dataDirectory().toAbsolutePath().normalize();
        boolean root = runsAsRoot();
        if (!properties.clean()) {
            refuseUnusable(directory, bin.getParent().getFileName().toString(), root);
        }
        CrashLeftovers.clear(directory);
        prepare(directory, properties.clean(), root);
        SystemPostgres postgres = new SystemPostgres(bin, directory, properties.port() > 0 ? properties.port() : freePort(), root);
        postgres.initIfEmpty();
        postgres.lock();
        StringBuilder options = new StringBuilder("-p " + postgres.port + " -k " + quoted(directory)
                + " -c listen_addresses=127.0.0.1 -c max_connections=50");
        properties.durabilitySettings().forEach((name, value) -> options.append(" -c ").append(name).append('=').append(value));
        try {
            postgres.run("start", "pg_ctl", "-D", directory.toString(), "-l", directory.resolve("server.log").toString(),
                    "-o", options.toString(), "-w", "-t", String.valueOf(TIMEOUT_SECONDS), "start");
        } catch (RuntimeException e) {
            postgres.unlock();
            throw e;
        }
        log.info("System PostgreSQL ({}) started on port {} with data in {}", bin, postgres.port, directory);
        return postgres;
    }

    /** The {@code bin} folder of the highest PostgreSQL version Debian installed, if any. */
    static Optional<Path> binaries() {
        if (!Files.isDirectory(DEBIAN_BINARIES)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(DEBIAN_BINARIES)) {
            return versions.filter(version -> version.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                    .filter(version -> Files.isExecutable(version.resolve("bin/pg_ctl")))
                    .max(Comparator.comparingDouble(version -> Double.parseDouble(version.getFileName().toString())))
                    .map(version -> version.resolve("bin"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + DEBIAN_BINARIES, e);
        }
    }

    @Override
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    @Override
    public int port() {
        return port;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public synchronized void close() {
        if (running) {
            running = false;
            try {
                run("stop", "pg_ctl", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", String.valueOf(TIMEOUT_SECONDS), "stop");
            } finally {
                unlock();
            }
            log.info("System PostgreSQL on port {} stopped", port);
        }
    }

    /** Refuses, reading only, a folder that is not empty and that these binaries cannot run. */
    static void refuseUnusable(Path directory, String binariesVersion, boolean root) {
        if (!Files.isDirectory(directory) || isEmpty(directory)) {
            return;
        }
        Path versionFile = directory.resolve("PG_VERSION");
        String why;
        if (!Files.exists(versionFile)) {
            why = "is neither empty nor a PostgreSQL cluster";
        } else if (!read(versionFile).equals(binariesVersion)) {
            why = "holds a PostgreSQL " + read(versionFile) + " cluster but the system binaries are PostgreSQL " + binariesVersion;
        } else if (root && !OS_USER.equals(owner(directory))) {
            why = "belongs to " + owner(directory) + " but the system PostgreSQL runs as " + OS_USER;
        } else {
            return;
        }
        throw new IllegalStateException("The system PostgreSQL cannot use the data directory " + directory + ": it " + why
                + "; nothing in it was changed (set another clausematch.embedded-db.data-directory, or clausematch.embedded-db.clean=true to wipe it)");
    }

    private static boolean isEmpty(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + directory, e);
        }
    }

    private static String owner(Path directory) {
        try {
            return Files.getOwner(directory).getName();
        } catch (IOException e) {
            return "?";
        }
    }

    /** Wipes the folder when {@code clean}, creates it, and hands a new (empty) one to user postgres when root. */
    private static void prepare(Path directory, boolean clean, boolean root) {
        try {
            if (clean && Files.exists(directory)) {
                try (Stream<Path> files = Files.walk(directory)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).filter(file -> !file.equals(directory)).toList()) {
                        Files.delete(file);
                    }
                }
            }
            Files.createDirectories(directory);
            if (root && isEmpty(directory)) {
                UserPrincipalLookupService users = directory.getFileSystem().getUserPrincipalLookupService();
                Files.setOwner(directory, users.lookupPrincipalByName(OS_USER));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the PostgreSQL data directory " + directory, e);
        }
    }

    private void initIfEmpty() {
        if (isEmpty(dataDirectory)) {
            run("initdb", "initdb", "-D", dataDirectory.toString(), "-U", "postgres", "-A", "trust",
                    "--encoding=UTF8", "--locale=C.UTF-8");
        }
    }

    /** Holds the folder's lock file while the server runs, so that a start elsewhere does not take it for an orphan. */
    private void lock() {
        try {
            lockChannel = FileChannel.open(dataDirectory.resolve(CrashLeftovers.LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            if (lockChannel.tryLock() == null) {
                lockChannel.close();
                throw new IllegalStateException("The data directory " + dataDirectory + " is in use by another running Clausematch");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock " + dataDirectory.resolve(CrashLeftovers.LOCK_FILE), e);
        }
    }

    private void unlock() {
        try {
            lockChannel.close();
        } catch (IOException e) {
            log.warn("Could not release the lock of {}: {}", dataDirectory, e.getMessage());
        }
    }

    /** Runs one of the binaries (as user postgres when root) and fails with its output unless it succeeds. */
    private void run(String what, String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("runuser", "-u", OS_USER, "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        Path output = null;
        try {
            // output to a file, not a pipe: the server started by pg_ctl would inherit and hold a pipe open
            output = Files.createTempFile("clausematch-pg-" + what + "-", ".log");
            Process process = new ProcessBuilder(command).directory(Path.of("/").toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS + 10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw failure(what, command, "timed out after " + (TIMEOUT_SECONDS + 10) + " s", output);
            }
            if (process.exitValue() != 0) {
                throw failure(what, command, "exit code " + process.exitValue(), output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + String.join(" ", command) + " to " + what + " PostgreSQL", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + String.join(" ", command), e);
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temporary file left behind
                }
            }
        }
    }

    private IllegalStateException failure(String what, List<String> command, String reason, Path output) {
        StringBuilder message = new StringBuilder("Could not ").append(what).append(" the system PostgreSQL in ")
                .append(dataDirectory).append(": ").append(String.join(" ", command)).append(" failed (").append(reason)
                .append(")\n").append(read(output));
        Path serverLog = dataDirectory.resolve("server.log");
        if (!"initdb".equals(what) && Files.isReadable(serverLog)) {
            List<String> lines = read(serverLog).lines().toList();
            message.append("\nserver.log (end):\n").append(String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
        }
        if (root) {
            message.append("\n(the commands run as user ").append(OS_USER)
                    .append(", who must be able to reach the data directory: its parent folders need o+x)");
        }
        return new IllegalStateException(message.toString());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "(could not read " + file + ": " + e.getMessage() + ")";
        }
    }

    private static String quoted(Path path) {
        // pg_ctl hands -o to a shell
        return "'" + path.toString().replace("'", "'\"'\"'") + "'";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free port for PostgreSQL", e);
        }
    }

    private static boolean runsAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
