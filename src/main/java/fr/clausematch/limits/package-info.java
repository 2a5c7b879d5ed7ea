/**
 * The limits of every stored field (lengths, ranges, the QPV codes of the 2015 and 2024 lists), stated once for
 * the forms, the API and the dataset reader. Owns no table; uses no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Limites des champs", allowedDependencies = {})
package fr.clausematch.limits;
