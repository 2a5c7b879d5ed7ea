package fr.clausematch.batch;

import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BatchMeterFilterTest {

    @Test
    void theJobObservationsActiveTimerIsScrapedOnceTheOlderOneIsDenied() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(new BatchMeterFilter().batchActiveJobsOnce());

        // as Spring Batch 5.2 registers them at a job's first run: its own timer first, then its observation's
        LongTaskTimer.builder(BatchMeterFilter.ACTIVE_JOBS).tags(Tags.of(BatchMeterFilter.LEGACY_NAME_TAG, "territoryPlanning"))
                .register(registry).start();
        LongTaskTimer.builder(BatchMeterFilter.ACTIVE_JOBS)
                .tags(Tags.of("spring.batch.job.name", "territoryPlanning", "spring.batch.job.status", "UNKNOWN"))
                .register(registry).start();

        String scrape = registry.scrape();
        assertThat(scrape).contains("spring_batch_job_active_seconds_count{spring_batch_job_name=\"territoryPlanning\"")
                .doesNotContain("spring_batch_job_active_name");
        assertThat(registry.find(BatchMeterFilter.ACTIVE_JOBS).tagKeys("spring.batch.job.name").longTaskTimer()).isNotNull();
    }
}
