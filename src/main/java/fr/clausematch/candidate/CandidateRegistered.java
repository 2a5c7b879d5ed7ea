package fr.clausematch.candidate;

/** Published when a person is registered, so that a plan being solved on their territory can take them in. */
public record CandidateRegistered(String territory, String candidateId) {
}
