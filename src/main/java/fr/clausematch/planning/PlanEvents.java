package fr.clausematch.planning;

import fr.clausematch.web.ServerSentEvents;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;


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
            ServerSentEvents.send(emitter, "end", current);
            emitter.complete();
            return emitter;
        }
        run.listeners.add(emitter);
        emitter.onCompletion(() -> run.listeners.remove(emitter));
        emitter.onTimeout(() -> run.listeners.remove(emitter));
        emitter.onError(e -> run.listeners.remove(emitter));
        for (PlanProgressPoint point : run.progress) {
            ServerSentEvents.send(emitter, "progress", point);
        }
        return emitter;
    }

    void progress(PlanRun run, PlanProgressPoint point) {
        run.listeners.forEach(emitter -> {
            if (!ServerSentEvents.send(emitter, "progress", point)) {
                run.listeners.remove(emitter);
            }
        });
    }

    void end(PlanRun run, PlanView plan) {
        run.listeners.forEach(emitter -> {
            ServerSentEvents.send(emitter, "end", plan);
            emitter.complete();
        });
        run.listeners.clear();
    }

}
