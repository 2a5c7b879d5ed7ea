package fr.clausematch.candidate;

import java.util.List;

/**
 * What the plans say of one person, asked by this module and answered by the module that owns the plans'
 * pairings ({@code planning}), so that no query here reads its tables.
 */
public interface CandidatePairings {

    /** How many pairings of any plan, in any state, name the person (internal id). */
    int count(long candidateId);

    /** Every pairing of the person, oldest first, for the export of her personal data. */
    List<PersonalData.Pairing> of(long candidateId);
}
