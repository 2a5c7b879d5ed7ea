package fr.clausematch.planning;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At start, plans that a stop of the application interrupted are marked failed rather than left "solving". */
@Component
class InterruptedPlans implements ApplicationRunner {

    private final PlanResults planning;

    InterruptedPlans(PlanResults planning) {
        this.planning = planning;
    }

    @Override
    public void run(ApplicationArguments args) {
        planning.markInterrupted();
    }
}
