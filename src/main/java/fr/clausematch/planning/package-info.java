/**
 * Plans: solver runs of a territory, their live progress, their pairings and the decisions on them, explanations,
 * the baseline, territory settings and the dashboard. Owns tables plan, assignment, assignment_event and
 * territory_setting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planification", allowedDependencies = {"shared", "web", "security", "audit", "territory", "candidate", "contract", "dataset", "matching :: model", "matching :: constraints", "matching :: search", "matching :: analysis"})
package fr.clausematch.planning;
