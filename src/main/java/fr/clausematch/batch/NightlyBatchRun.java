package fr.clausematch.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The nightly run of every territory with slots, when {@code clausematch.batch.nightly-cron} is set (off by
 * default), with budget {@code clausematch.batch.nightly-budget}. Scheduled once the application is ready, in the
 * web application only (the command line's context never fires it: it ends before any night).
 */
@Component
class NightlyBatchRun implements DisposableBean {

    static final String ACTOR = "calcul nocturne";
    private static final Logger log = LoggerFactory.getLogger(NightlyBatchRun.class);

    private final BatchRuns runs;
    private final BatchRunProperties properties;
    private ThreadPoolTaskScheduler scheduler;

    NightlyBatchRun(BatchRuns runs, BatchRunProperties properties) {
        this.runs = runs;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        if (properties.nightlyCron().isEmpty()) {
            return;
        }
        CronTrigger trigger = new CronTrigger(properties.nightlyCron());
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("batch-nightly-");
        scheduler.initialize();
        scheduler.schedule(this::launch, trigger);
        log.info("Nightly batch run scheduled: {}", properties.nightlyCron());
    }

    /** Whether the schedule is set (after the application is ready, with a cron expression). */
    boolean scheduled() {
        return scheduler != null;
    }

    void launch() {
        try {
            RunView run = runs.launch(new RunRequest(List.of(), true, properties.nightlyBudget().toSeconds()), ACTOR);
            log.info("Nightly batch run {} launched over {} territories", run.id(), run.territories().size());
        } catch (RuntimeException e) {
            log.warn("Nightly batch run not launched: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }
}
