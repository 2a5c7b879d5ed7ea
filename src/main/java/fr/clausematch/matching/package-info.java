/**
 * The heart: the planning model, its constraints, its search and the analysis of a plan (explanations,
 * indicators, baseline, independent parts), with no Spring, JPA, web or CSV type (checked by ArchitectureTest).
 * Owns no table; uses no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cœur (appariement)", allowedDependencies = {})
package fr.clausematch.matching;
