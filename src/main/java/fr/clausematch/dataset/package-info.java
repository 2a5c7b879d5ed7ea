/**
 * The exchange format (../shared/DATA-FORMAT.md): reading and checking its CSV files line by line, writing them,
 * and the generator of synthetic datasets. Owns no table; uses the heart's model and the field limits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Format d'échange", allowedDependencies = {"limits", "matching :: model"})
package fr.clausematch.dataset;
