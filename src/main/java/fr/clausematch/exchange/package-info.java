/**
 * Import and export of whole datasets in the exchange format, all-or-nothing, from the pages and the API.
 * Owns no table of its own (see docs/architecture.md for the tables its bulk import writes).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Import et export", allowedDependencies = {"shared", "web", "security", "audit", "territory", "contract", "dataset", "matching :: model"})
package fr.clausematch.exchange;
