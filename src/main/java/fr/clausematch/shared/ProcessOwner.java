package fr.clausematch.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;

/**
 * Which process owns a piece of work stored in the database (a plan being solved, a batch run): its host,
 * process id and the instant the process started, written {@code host:pid:startMillis}. A process finding
 * work left "running" asks {@link #isGone(String)} before taking it over. On this host it knows for sure: the
 * owner is gone when no process has that pid, or when the process with that pid started at another instant
 * (the pid was reused, as a container's pid 1 is by each incarnation). For an owner on another host it cannot
 * know from here, and a heartbeat must decide.
 */
public record ProcessOwner(String host, long pid, long startMillis) {

    private static final ProcessOwner CURRENT = new ProcessOwner(localHost(), ProcessHandle.current().pid(),
            startMillis(ProcessHandle.current()));

    public static ProcessOwner current() {
        return CURRENT;
    }

    /** The owner written in a text, or empty for a text that is not one (an owner written by an older version). */
    public static Optional<ProcessOwner> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(":");
        if (parts.length < 3) {
            return Optional.empty();
        }
        try {
            long start = Long.parseLong(parts[parts.length - 1]);
            long pid = Long.parseLong(parts[parts.length - 2]);
            String host = text.substring(0, text.length() - parts[parts.length - 1].length() - parts[parts.length - 2].length() - 2);
            return host.isEmpty() ? Optional.empty() : Optional.of(new ProcessOwner(host, pid, start));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether this owner runs on this machine. */
    public boolean isLocal() {
        return host.equals(CURRENT.host);
    }

    /**
     * Whether the owner written in {@code text} is known to be dead: it ran on this host and no process with its
     * pid and start instant is alive. An owner on another host is not known dead; an unreadable text is.
     */
    public static boolean isGone(String text) {
        Optional<ProcessOwner> owner = parse(text);
        if (owner.isEmpty()) {
            return true;
        }
        if (!owner.get().isLocal()) {
            return false;
        }
        return ProcessHandle.of(owner.get().pid()).filter(ProcessHandle::isAlive)
                .map(process -> startMillis(process) != owner.get().startMillis())
                .orElse(true);
    }

    @Override
    public String toString() {
        return host + ":" + pid + ":" + startMillis;
    }

    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    private static String localHost() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
