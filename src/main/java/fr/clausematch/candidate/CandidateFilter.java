package fr.clausematch.candidate;

import fr.clausematch.matching.model.Gender;

/**
 * Filters of the candidate list; every field is optional ({@link CandidateListing} applies them).
 *
 * @param territory territory code
 * @param status    path status
 * @param qpv       {@code true}: QPV residents only, {@code false}: others only
 * @param qpvCode   residents of one QPV
 * @param gender    stated gender
 * @param trade     ROME code the person can work in
 * @param q         free text on the pseudonymous id or the commune
 */
public record CandidateFilter(String territory, CandidateStatus status, Boolean qpv, String qpvCode, Gender gender,
                              String trade, String q) {
}
