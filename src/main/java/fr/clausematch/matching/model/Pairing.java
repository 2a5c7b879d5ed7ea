package fr.clausematch.matching.model;

/** A slot and a candidate, by id: a confirmed pairing (pinned) or a rejected one (never proposed again). */
public record Pairing(String slotId, String candidateId) {
}
