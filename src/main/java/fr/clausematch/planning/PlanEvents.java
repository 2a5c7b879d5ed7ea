package fr.clausematch.planning;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;

/**
 * Server-sent events of running plans: a {@code progress} event per new best solution, then one
 * {@code end} event with the plan as saved. Pages listen instead of polling.
 */
@Component
class PlanEvents {

    private static final long TIMEOUT_MILLIS = 30 * 60 * 1000L;

    /** A listener of a plan; a plan no longer solving gets its {@code end} event at once. */
    SseEmitter listen(PlanRun run, PlanView current) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        if (run == null) {
            send(emitter, "end", current);
            emitter.complete();
            return emitter;
        }
        run.listeners.add(emitter);
        emitter.onCompletion(() -> run.listeners.remove(emitter));
        emitter.onTimeout(() -> run.listeners.remove(emitter));
        emitter.onError(e -> run.listeners.remove(emitter));
        for (PlanProgressPoint point : run.progress) {
            send(emitter, "progress", point);
        }
        return emitter;
    }

    void progress(PlanRun run, PlanProgressPoint point) {
        run.listeners.forEach(emitter -> {
            if (!send(emitter, "progress", point)) {
                run.listeners.remove(emitter);
            }
        });
    }

    void end(PlanRun run, PlanView plan) {
        run.listeners.forEach(emitter -> {
            send(emitter, "end", plan);
            emitter.complete();
        });
        run.listeners.clear();
    }

    private static boolean send(SseEmitter emitter, String name, Object data) {
        try {
            emitter.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
            return true;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }
}
