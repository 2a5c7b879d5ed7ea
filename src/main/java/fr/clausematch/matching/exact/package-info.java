/**
 * The exact reference (a named interface of the matching module): "fill as many hours as possible" written as a
 * CP-SAT model (Google OR-Tools) from the rules of DATA-FORMAT.md, on the engine's value ranges, solved per
 * independent part to a proven optimum or a proven bound. It uses the heart's model only, never its constraints,
 * search or analysis, so that a bug in one does not hide in the other.
 */
@org.springframework.modulith.NamedInterface("exact")
package fr.clausematch.matching.exact;
