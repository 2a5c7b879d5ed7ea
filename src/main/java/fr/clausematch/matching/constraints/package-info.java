/** The heart's constraints (a named interface of the matching module). */
@org.springframework.modulith.NamedInterface("constraints")
package fr.clausematch.matching.constraints;
