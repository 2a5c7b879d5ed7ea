package fr.clausematch.planning;

/** How a plan was made: by the optimiser, or first-come-first-served as done by hand today. */
public enum PlanStrategy {
    OPTIMIZE, BASELINE
}
