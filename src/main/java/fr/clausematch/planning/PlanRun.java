package fr.clausematch.planning;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** The live state of a plan being solved: database keys, progress, listeners. Lives in memory only. */
final class PlanRun {

    final long planId;
    final String territory;
    final Map<String, Long> slotKeys;
    final Map<String, Long> candidateKeys;
    final long startedNanos = System.nanoTime();
    final List<PlanProgressPoint> progress = new CopyOnWriteArrayList<>();
    final List<SseEmitter> listeners = new CopyOnWriteArrayList<>();
    volatile long lastSaveNanos = System.nanoTime();
    volatile boolean stopRequested;
    /** The thread its solver runs on, once it started: a stop also reaches the exact search running there. */
    volatile Thread solverThread;

    PlanRun(long planId, String territory, Map<String, Long> slotKeys, Map<String, Long> candidateKeys) {
        this.planId = planId;
        this.territory = territory;
        this.slotKeys = new java.util.concurrent.ConcurrentHashMap<>(slotKeys);
        this.candidateKeys = new java.util.concurrent.ConcurrentHashMap<>(candidateKeys);
    }

    /** The keys to store its solutions with; problem changes add to them while it runs. */
    PlanResults.Keys keys() {
        return new PlanResults.Keys(slotKeys, candidateKeys);
    }

    long elapsedMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
