/**
 * The territories (départements) and QPV lists, their API, and the home page with each territory's figures.
 * Owns tables territory and qpv.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territoires", allowedDependencies = {"shared", "web", "security"})
package fr.clausematch.territory;
