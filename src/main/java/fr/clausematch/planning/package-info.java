/**
 * Plans, in three parts: runs (starting and stopping the solver on a territory, live progress, problem changes,
 * and a batch's plan of one territory), results (storing a run's plan, baseline, pinned and proposed pairings)
 * and reading (plans and their pairings for pages and the API, scope first); the decisions on pairings and
 * their explanations; each plan's proven upper bound on the hours (by the exact reference). Owns tables plan,
 * assignment and assignment_event.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planification", allowedDependencies = {"shared", "web", "security", "audit", "territory", "candidate", "contract", "dataset", "dataset :: trades", "matching :: model", "matching :: constraints", "matching :: search", "matching :: analysis", "matching :: exact"})
package fr.clausematch.planning;
