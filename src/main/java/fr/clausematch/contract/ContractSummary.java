package fr.clausematch.contract;

import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.LegalBasis;

import jakarta.annotation.Nullable;

import java.time.LocalDate;

/** A contract in a list: its clause and figures, without its slots. */
public record ContractSummary(String id, String buyer, String title, ContractType type, LegalBasis legalBasis,
                              boolean anru, @Nullable String commune, @Nullable String qpvCode, LocalDate startDate, LocalDate endDate,
                              int requiredHours, int slotCount, int slotHours, String territory, ContractStatus status,
                              long version) {
}
