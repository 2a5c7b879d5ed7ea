/** The heart's model (a named interface of the matching module). */
@org.springframework.modulith.NamedInterface("model")
package fr.clausematch.matching.model;
