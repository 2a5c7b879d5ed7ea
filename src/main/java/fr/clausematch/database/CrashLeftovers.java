package fr.clausematch.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * What a crash of the application ({@code kill -9}, a power cut) may leave on the data directory of its
 * embedded PostgreSQL, cleared before the server starts again so that no one has to step in:
 * <ul>
 * <li>the server itself, orphaned, still running on the folder and holding {@code postmaster.pid}: stopped
 * as {@code pg_ctl stop -m fast} does (SIGINT), then by an immediate shutdown (SIGQUIT), SIGKILL only as
 * a last resort;</li>
 * <li>server processes whose postmaster died, still attached to its shared memory (PostgreSQL then refuses to
 * start, « pre-existing shared memory block is still in use »): stopped the same way;</li>
 * <li>a {@code postmaster.pid} naming a process that is gone: left to PostgreSQL, which removes it itself;
 * one naming a live process that is no PostgreSQL of this folder (its pid reused), which PostgreSQL would
 * take for a running server: removed.</li>
 * </ul>
 * A server is taken for an orphan only when no running application holds the folder's lock file
 * (zonky's {@code epg-lock}, also held by {@link SystemPostgres}) and the process is a {@code postgres}
 * working in this very folder (Linux's {@code /proc/<pid>/cwd}, or its {@code -D} argument).
 */
final class CrashLeftovers {

    static final String LOCK_FILE = "epg-lock";
    private static final Logger log = LoggerFactory.getLogger(CrashLeftovers.class);
    private static final Duration LAST_RESORT = Duration.ofSeconds(10);

    private final Path dataDirectory;
    private final Duration fastShutdown;
    private final Duration immediateShutdown;

    CrashLeftovers(Path dataDirectory, Duration fastShutdown, Duration immediateShutdown) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.fastShutdown = fastShutdown;
        this.immediateShutdown = immediateShutdown;
    }

    /** Clears what a crash left on {@code dataDirectory}, waiting up to a minute for a clean stop. */
    static void clear(Path dataDirectory) {
        new CrashLeftovers(dataDirectory, Duration.ofSeconds(60), Duration.ofSeconds(10)).clear();
    }

    void clear() {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw new IllegalStateException("The data directory " + dataDirectory + " is in use by another running"
                        + " Clausematch (it holds " + LOCK_FILE + "): stop it first, or set another clausematch.embedded-db.data-directory");
            }
            OptionalLong postmaster = pid(pidFile);
            List<ProcessHandle> servers = ProcessHandle.allProcesses()
                    .filter(process -> isServerOfThisFolder(process, postmaster)).toList();
            if (!servers.isEmpty()) {
                log.warn("PostgreSQL processes {} left by the last run still run on {}: stopping them",
                        servers.stream().map(ProcessHandle::pid).toList(), dataDirectory);
                stop(servers, postmaster);
            } else if (postmaster.isPresent() && alive(ProcessHandle.of(postmaster.getAsLong()))) {
                log.warn("{} names process {}, which is no PostgreSQL server of this folder (its pid was reused): stale file removed",
                        pidFile, postmaster.getAsLong());
                Files.delete(pidFile);
            } else {
                log.info("{} names a process that is gone: PostgreSQL removes such a stale file itself", pidFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not check what the last run left in " + dataDirectory, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static OptionalLong pid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,10}")
                    ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    private boolean isServerOfThisFolder(ProcessHandle process, OptionalLong postmaster) {
        if (process.pid() == ProcessHandle.current().pid() || !alive(Optional.of(process))) {
            return false;
        }
        Optional<String> program = process.info().command().map(command -> Path.of(command).getFileName().toString());
        if (program.filter(name -> name.equals("postgres") || name.equals("postmaster")).isEmpty()) {
            return false;
        }
        Optional<Path> workingDirectory = workingDirectory(process.pid());
        if (workingDirectory.isPresent()) {
            return workingDirectory.get().equals(realDataDirectory());
        }
        // without /proc: only the postmaster, by its arguments
        return postmaster.isPresent() && postmaster.getAsLong() == process.pid()
                && process.info().arguments().map(List::of).orElse(List.of()).contains(dataDirectory.toString());
    }

    private Path realDataDirectory() {
        try {
            return dataDirectory.toRealPath();
        } catch (IOException e) {
            return dataDirectory;
        }
    }

    private static Optional<Path> workingDirectory(long pid) {
        try {
            return Optional.of(Files.readSymbolicLink(Path.of("/proc", String.valueOf(pid), "cwd")));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    private void stop(List<ProcessHandle> servers, OptionalLong postmaster) {
        Optional<ProcessHandle> main = servers.stream()
                .filter(process -> postmaster.isPresent() && process.pid() == postmaster.getAsLong()).findFirst();
        if (main.isPresent()) {
            signal("INT", main.get());
            if (awaitExit(servers, fastShutdown)) {
                log.info("The PostgreSQL server left on {} stopped cleanly (fast shutdown)", dataDirectory);
                return;
            }
            log.warn("The PostgreSQL server left on {} did not stop within {} s: immediate shutdown", dataDirectory,
                    fastShutdown.toSeconds());
        }
        for (ProcessHandle process : servers) {
            signal("CONT", process);
            signal("QUIT", process);
        }
        if (awaitExit(servers, immediateShutdown)) {
            log.info("The PostgreSQL processes left on {} stopped (immediate shutdown)", dataDirectory);
            return;
        }
        log.warn("The PostgreSQL processes left on {} did not stop within {} s: killed", dataDirectory,
                immediateShutdown.toSeconds());
        servers.forEach(ProcessHandle::destroyForcibly);
        if (!awaitExit(servers, LAST_RESORT)) {
            throw new IllegalStateException("Could not stop the PostgreSQL processes "
                    + servers.stream().filter(process -> alive(Optional.of(process))).map(ProcessHandle::pid).toList()
                    + " left on " + dataDirectory + ": stop them by hand (pg_ctl stop -D " + dataDirectory + " -m fast)");
        }
    }

    private static void signal(String signal, ProcessHandle process) {
        try {
            Process kill = new ProcessBuilder("kill", "-s", signal, String.valueOf(process.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            log.warn("Could not send SIG{} to process {}: {}", signal, process.pid(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (processes.stream().anyMatch(process -> alive(Optional.of(process)))) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Alive and not a zombie waiting for its parent (an orphan's parent is init, which may be slow to reap). */
    private static boolean alive(Optional<ProcessHandle> process) {
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        if (!Files.isDirectory(Path.of("/proc"))) {
            return true;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.get().pid()), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 1).strip().startsWith("Z");
        } catch (IOException e) {
            return false; // gone meanwhile
        }
    }
}
