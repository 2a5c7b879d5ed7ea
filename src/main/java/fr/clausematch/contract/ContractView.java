package fr.clausematch.contract;

import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.LegalBasis;

import jakarta.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/** A contract with its clause and its slots. {@code slotHours} sums the hours of the slots. */
public record ContractView(
        String id,
        String buyer,
        String buyerName,
        String title,
        ContractType type,
        LegalBasis legalBasis,
        boolean anru,
        @Nullable String commune,
        double latitude,
        double longitude,
        @Nullable String qpvCode,
        LocalDate startDate,
        LocalDate endDate,
        int requiredHours,
        int slotHours,
        String territory,
        ContractStatus status,
        long version,
        List<SlotView> slots) {
}
