package fr.clausematch.contract;

import java.util.Collection;
import java.util.Map;

/**
 * What the plans say of contracts and slots, asked by this module and answered by the module that owns the
 * plans' pairings ({@code planning}), so that no query here reads its tables. The latest plan of a territory
 * is its most recent optimised plan that did not fail (the first-come-first-served baseline is a comparison,
 * not a plan to follow); a slot is filled when that plan pairs it with someone (PROPOSED or CONFIRMED).
 */
public interface ContractPairings {

    /** How many pairings of any plan, in any state, name one of these slots (internal ids). */
    long ofSlots(java.util.Collection<Long> slotIds);

    /** How many pairings of any plan, in any state, name the slot (internal id). */
    long ofSlot(long slotId);

    /** Hours filled by the latest plan of their territory, per contract id (contracts with none are absent). */
    Map<String, Long> filledHours(Collection<String> contractIds);

    /** Who fills each slot of one contract in the latest plan of its territory, by slot id (open ones are absent). */
    Map<String, SlotFill> slots(String contractId);

    /** Who fills one slot: the pseudonymous id of the person, never more, and the pairing's state. */
    record SlotFill(String candidateId, String status) {
    }
}
