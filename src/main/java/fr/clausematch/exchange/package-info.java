/**
 * Import and export of whole datasets in the exchange format, all-or-nothing, from the pages and the API.
 * Owns no table: it checks a dataset, then asks territory, candidate and contract to write their own rows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Import et export", allowedDependencies = {"shared", "web", "security", "audit", "territory", "candidate", "contract", "dataset", "matching :: model"})
package fr.clausematch.exchange;
