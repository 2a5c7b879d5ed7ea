package fr.clausematch.matching.model;

/** Gender as stated by the person; {@code null} in the model means "not stated". */
public enum Gender {
    F, M
}
