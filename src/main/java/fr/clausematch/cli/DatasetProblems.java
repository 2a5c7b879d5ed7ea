package fr.clausematch.cli;

import fr.clausematch.dataset.CandidateRow;
import fr.clausematch.dataset.ContractRow;
import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetReader;
import fr.clausematch.dataset.SlotRow;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.search.MatchingProblems;
import fr.clausematch.matching.constraints.MatchingSettings;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.matching.model.WeeklyHours;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Maps a dataset of the exchange format to a matching problem (the whole dataset is one problem, as
 * DATA-FORMAT.md says). Lives outside {@code matching}, which depends on no other feature package.
 */
public final class DatasetProblems {

    private DatasetProblems() {
    }

    public static MatchingPlan toProblem(String id, Dataset dataset, MatchingSettings settings) {
        List<Candidate> candidates = new ArrayList<>(dataset.candidates().size());
        for (CandidateRow r : dataset.candidates()) {
            candidates.add(new Candidate(r.id(), r.gender(), r.commune(), r.latitude(), r.longitude(), r.qpvCode(),
                    r.eligibility(), r.eligibilityUntil(), new HashSet<>(r.trades()), r.qualificationLevel(),
                    new HashSet<>(r.licences()), r.maxDistanceKm(), r.availableFrom(), r.availableUntil(),
                    WeeklyHours.tenths(r.maxHoursPerWeek()), r.registeredOn(), 0));
        }
        List<Contract> contracts = new ArrayList<>(dataset.contracts().size());
        Map<String, Contract> contractsById = new HashMap<>();
        for (ContractRow r : dataset.contracts()) {
            Contract k = new Contract(r.id(), r.buyer(), r.type(), r.legalBasis(), r.anru(), r.commune(), r.latitude(),
                    r.longitude(), r.qpvCode(), r.startDate(), r.endDate(), r.requiredHours());
            contracts.add(k);
            contractsById.put(k.id(), k);
        }
        List<Slot> slots = new ArrayList<>(dataset.slots().size());
        for (SlotRow r : dataset.slots()) {
            Contract k = contractsById.get(r.contractId());
            if (k == null) {
                throw new IllegalArgumentException("Poste " + r.id() + " : marché inconnu " + r.contractId());
            }
            slots.add(new Slot(r.id(), k, r.trade(), r.hours(), r.startDate(), r.endDate(), WeeklyHours.tenths(r.hoursPerWeek()),
                    r.minQualificationLevel(), new HashSet<>(r.requiredLicences())));
        }
        return MatchingProblems.create(new MatchingInput(id, candidates, contracts, slots, List.of(), List.of(), settings));
    }

    /** Reads a dataset folder; a folder that breaks the format throws {@code DatasetFormatException} with every error. */
    static Dataset readDataset(Path folder) {
        return new DatasetReader().read(folder);
    }
}
