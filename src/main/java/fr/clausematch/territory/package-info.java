/**
 * The territories (départements) and QPV lists, and the choice of a territory on pages of one territory.
 * Also each territory's diversity targets and objective weights (its settings), their page and API.
 * Owns tables territory, qpv and territory_setting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territoires", allowedDependencies = {"shared", "web", "security", "matching :: constraints"})
package fr.clausematch.territory;
