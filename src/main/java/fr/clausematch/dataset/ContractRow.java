package fr.clausematch.dataset;

import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.LegalBasis;

import java.time.LocalDate;

/** One line of {@code contracts.csv}, parsed and checked; {@code qpvCode} and {@code territory} may be null. */
public record ContractRow(
        String id,
        String buyer,
        String title,
        ContractType type,
        LegalBasis legalBasis,
        boolean anru,
        String commune,
        double latitude,
        double longitude,
        String qpvCode,
        LocalDate startDate,
        LocalDate endDate,
        int requiredHours,
        String territory) {
}
