/** The heart's search (a named interface of the matching module). */
@org.springframework.modulith.NamedInterface("search")
package fr.clausematch.matching.search;
