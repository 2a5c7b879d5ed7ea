/**
 * Contracts, their buyers and insertion-hour slots, buyers' needs, their pages and API.
 * Owns tables contract, buyer, slot and slot_licence.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Marchés", allowedDependencies = {"shared", "web", "web :: validation", "limits", "security", "territory", "dataset", "matching :: model"})
package fr.clausematch.contract;
