package fr.clausematch.planning;

import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.search.MatchingSolver;
import org.optaplanner.core.api.solver.SolverManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The solver of plans run on the database: the one configuration of {@code solver-config/}, with the
 * time limit and threads of {@link PlanningProperties}. It replaces the starter's default SolverManager.
 */
@Configuration(proxyBeanMethods = false)
class PlanningSolverConfiguration {

    @Bean(destroyMethod = "close")
    SolverManager<MatchingPlan, Long> solverManager(PlanningProperties properties) {
        return SolverManager.create(MatchingSolver.solverConfig(Duration.ofSeconds(properties.seconds()),
                properties.threads(), null));
    }
}
