/** The generator of synthetic datasets (a named interface of the dataset module). */
@org.springframework.modulith.NamedInterface("generator")
package fr.clausematch.dataset.generator;
