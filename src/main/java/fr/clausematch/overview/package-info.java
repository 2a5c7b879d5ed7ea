/**
 * What a user sees first: the home page (the size of the database within the user's reach, its share of women
 * and QPV residents), the territories' API with their counts, and a territory's dashboard (its latest optimised
 * plan beside the baseline and the national figures). Owns no table: it asks the owners (territories, people,
 * contracts, plans) for their figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vue d'ensemble", allowedDependencies = {"shared", "web", "security", "territory", "candidate", "contract", "planning", "matching :: model"})
package fr.clausematch.overview;
