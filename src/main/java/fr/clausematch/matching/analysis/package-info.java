/** The heart's analysis (a named interface of the matching module). */
@org.springframework.modulith.NamedInterface("analysis")
package fr.clausematch.matching.analysis;
