/**
 * The territories (départements) and QPV lists, and the choice of a territory on pages of one territory.
 * Owns tables territory and qpv.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territoires", allowedDependencies = {"shared", "web", "security"})
package fr.clausematch.territory;
