package fr.clausematch.contract;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * How far contracts are filled, as the latest plan of their territory says ({@link ContractPairings}).
 * No plan yet: nothing is filled.
 */
@Component
class ContractFill {

    private final ContractPairings pairings;

    ContractFill(ContractPairings pairings) {
        this.pairings = pairings;
    }

    /** Who fills each slot of one contract, by slot id (open slots are absent). */
    Map<String, ContractPairings.SlotFill> slots(String contractId) {
        return pairings.slots(contractId);
    }

    /** A contract in a list with its fill: required, in slots, filled, and still open (never below zero). */
    record Row(ContractSummary contract, long filledHours) {

        public long openHours() {
            return Math.max(0, contract.requiredHours() - filledHours);
        }

        public int filledPercent() {
            return contract.requiredHours() == 0 ? 0
                    : (int) Math.min(100, Math.round(100.0 * filledHours / contract.requiredHours()));
        }
    }

    List<Row> rows(List<ContractSummary> contracts) {
        Map<String, Long> filled = contracts.isEmpty() ? Map.of()
                : pairings.filledHours(contracts.stream().map(ContractSummary::id).toList());
        return contracts.stream().map(c -> new Row(c, filled.getOrDefault(c.id(), 0L))).toList();
    }
}
