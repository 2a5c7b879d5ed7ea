package fr.clausematch.batch;

import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Batch 5.2 registers {@code spring.batch.job.active} twice with different tag keys: a long-task timer of
 * its own, tagged {@code spring.batch.job.active.name}, and the one of its job observation, tagged with the job's
 * name and status. Prometheus refuses the second (a warning at each first run, spring-batch #4753); this keeps
 * the observation's, which says more, and denies the other.
 */
@Configuration
class BatchMeterFilter {

    static final String ACTIVE_JOBS = "spring.batch.job.active";
    static final String LEGACY_NAME_TAG = "spring.batch.job.active.name";

    @Bean
    MeterFilter batchActiveJobsOnce() {
        return MeterFilter.deny(id -> id.getName().equals(ACTIVE_JOBS) && id.getTag(LEGACY_NAME_TAG) != null);
    }
}
