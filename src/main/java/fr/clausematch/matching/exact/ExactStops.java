package fr.clausematch.matching.exact;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stop requests for the exact searches ({@link ExactMatching#solve}) running on a thread. OptaPlanner's early
 * termination reaches its own phases but not a custom phase's CP-SAT call (the exact start takes up to 60 % of a
 * solve's time): whoever stops a solve also calls {@link #stopOn(Thread)} with the solver's thread, and the search
 * running there stops within a tenth of a second (CP-SAT answers its best plan so far) and skips the parts left, as if their time was
 * spent. A request only reaches the searches running when it is made: the next search on that thread starts afresh.
 */
public final class ExactStops {

    private static final Map<Thread, Signal> RUNNING = new ConcurrentHashMap<>();

    private ExactStops() {
    }

    /**
     * Stops the exact search running on {@code thread}, if any; true when there was one. Safe to call from any thread,
     * at any time.
     */
    public static boolean stopOn(Thread thread) {
        Signal signal = thread == null ? null : RUNNING.get(thread);
        if (signal == null) {
            return false;
        }
        signal.stop();
        return true;
    }

    /** The stop request of the search running on the calling thread, or one never made when none is registered. */
    static Signal current() {
        return RUNNING.getOrDefault(Thread.currentThread(), NEVER);
    }

    private static final Signal NEVER = new Signal(null, null);

    /** True while an exact search runs on {@code thread} (for tests: asks nothing of it). */
    static boolean searching(Thread thread) {
        return thread != null && RUNNING.containsKey(thread);
    }

    /** Registers the calling thread's search; {@link Signal#close()} ends it (and restores an outer one, if any). */
    static Signal enter() {
        Thread thread = Thread.currentThread();
        Signal signal = new Signal(thread, RUNNING.get(thread));
        RUNNING.put(thread, signal);
        return signal;
    }

    /** One search's stop request. */
    static final class Signal implements AutoCloseable {
        private final Thread thread;
        private final Signal outer;
        private volatile boolean stopped;

        private Signal(Thread thread, Signal outer) {
            this.thread = thread;
            this.outer = outer;
        }

        boolean stopped() {
            return stopped;
        }

        void stop() {
            stopped = true;
        }

        @Override
        public void close() {
            if (outer == null) {
                RUNNING.remove(thread, this);
            } else {
                RUNNING.put(thread, outer);
            }
        }
    }
}
