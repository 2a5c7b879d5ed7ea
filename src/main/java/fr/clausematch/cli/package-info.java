/**
 * The command line of the same jar: generate, solve, benchmark, import and export, batch runs without the web server.
 * Owns no table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ligne de commande", allowedDependencies = {"dataset", "dataset :: generator", "exchange", "retention", "batch", "shared", "territory", "matching :: model", "matching :: constraints", "matching :: search", "matching :: analysis", "matching :: exact"})
package fr.clausematch.cli;
