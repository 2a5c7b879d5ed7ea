/**
 * What every page and API controller shares: the problem details of errors, the form errors, paging and sorting,
 * the free-text search, the spreadsheet export, the field constraints, and the API description. Owns no table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Socle web", allowedDependencies = {"shared", "limits", "dataset", "dataset :: trades"})
package fr.clausematch.web;
