package fr.clausematch.batch;

import fr.clausematch.web.ServerSentEvents;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Server-sent events of a run for its page: a {@code state} event with the run every 2 seconds while it runs,
 * then one {@code end} event when its last execution has ended. The run is read from the JobRepository, so the
 * page follows a run of any process (the command line's included).
 */
@Component
class BatchRunEvents implements DisposableBean {

    private static final long TIMEOUT_MILLIS = 6 * 60 * 60 * 1000L;

    private final BatchRuns runs;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "batch-run-events");
        thread.setDaemon(true);
        return thread;
    });

    BatchRunEvents(BatchRuns runs) {
        this.runs = runs;
    }

    SseEmitter listen(long run) {
        runs.get(run);
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        AtomicReference<ScheduledFuture<?>> beat = new AtomicReference<>();
        beat.set(timer.scheduleWithFixedDelay(() -> {
            RunView view = runs.get(run);
            boolean sent = ServerSentEvents.send(emitter, view.running() ? "state" : "end", view);
            if (!sent || !view.running()) {
                emitter.complete();
                beat.get().cancel(false);
            }
        }, 0, 2, TimeUnit.SECONDS));
        Runnable cancel = () -> {
            if (beat.get() != null) {
                beat.get().cancel(false);
            }
        };
        emitter.onCompletion(cancel);
        emitter.onTimeout(cancel);
        emitter.onError(e -> cancel.run());
        return emitter;
    }


    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
