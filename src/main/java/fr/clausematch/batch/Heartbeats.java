package fr.clausematch.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Heartbeats of what this process runs (job executions, or a worker's partitions), by id: one written every
 * {@code everyMillis} on a daemon thread from {@link #start} until {@link #stop}, which writes a last one. A beat
 * that fails is logged and tried again at the next.
 */
final class Heartbeats {

    private static final Logger log = LoggerFactory.getLogger(Heartbeats.class);

    private final LongConsumer beat;
    private final long everyMillis;
    private final Map<Long, ScheduledFuture<?>> beats = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;

    Heartbeats(String thread, long everyMillis, LongConsumer beat) {
        this.beat = beat;
        this.everyMillis = everyMillis;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread daemon = new Thread(runnable, thread);
            daemon.setDaemon(true);
            return daemon;
        });
    }

    void start(long id) {
        beats.put(id, timer.scheduleWithFixedDelay(() -> beat(id), everyMillis, everyMillis, TimeUnit.MILLISECONDS));
    }

    void stop(long id) {
        ScheduledFuture<?> running = beats.remove(id);
        if (running != null) {
            running.cancel(false);
        }
        beat(id);
    }

    /** How many are beating. */
    int count() {
        return beats.size();
    }

    void close() {
        timer.shutdownNow();
    }

    private void beat(long id) {
        try {
            beat.accept(id);
        } catch (RuntimeException e) {
            log.warn("{}: heartbeat not written ({})", id, e.getMessage());
        }
    }
}
