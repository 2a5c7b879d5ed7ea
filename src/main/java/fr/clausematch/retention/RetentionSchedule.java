package fr.clausematch.retention;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/** The daily anonymisation run; off when {@code clausematch.retention.scheduled=false} (tests, commands). */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "clausematch.retention.scheduled", havingValue = "true", matchIfMissing = true)
class RetentionSchedule {

    static final String ACTOR = "rétention (tâche planifiée)";

    private final RetentionService retention;
    private final Clock clock;

    RetentionSchedule(RetentionService retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(cron = "${clausematch.retention.cron:0 30 3 * * *}")
    void anonymiseInactive() {
        retention.anonymiseInactive(LocalDate.now(clock), ACTOR);
    }
}
