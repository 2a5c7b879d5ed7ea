package fr.clausematch.dataset;

import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.matching.model.WeeklyHours;
import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The one road into the heart: rows of the exchange format become the matching model's facts and entities.
 * The {@code solve} and {@code benchmark} commands map the dataset they read; the database maps its records to
 * the same rows first ({@code CandidateRowMapper}, {@code ContractRowMapper}), so both build the planning
 * problem by these rules alone. Weekly hours become tenths by {@link WeeklyHours#tenths} (at most one decimal,
 * never missing). Seniority days stay 0 here: {@code MatchingProblems} fills them for the whole problem.
 * Plain Java (no Spring bean: the exchange format has no framework type), hence {@link #INSTANCE}.
 */
@Mapper(componentModel = MappingConstants.ComponentModel.DEFAULT, imports = WeeklyHours.class)
public interface DatasetProblemMapper {

    DatasetProblemMapper INSTANCE = Mappers.getMapper(DatasetProblemMapper.class);

    @Mapping(target = "maxTenthsPerWeek", expression = "java(WeeklyHours.tenths(row.maxHoursPerWeek()))")
    @Mapping(target = "seniorityDays", constant = "0")
    @Mapping(target = "withSeniorityDays", ignore = true)
    Candidate candidate(CandidateRow row);

    Contract contract(ContractRow row);

    /** A slot of the model, attached to its contract's fact found in {@code contracts} by the row's contract id. */
    default Slot slot(SlotRow row, Map<String, Contract> contracts) {
        Contract contract = contracts.get(row.contractId());
        if (contract == null) {
            throw new IllegalArgumentException("Poste " + row.id() + " : marché inconnu " + row.contractId());
        }
        return new Slot(row.id(), contract, row.trade(), row.hours(), row.startDate(), row.endDate(),
                WeeklyHours.tenths(row.hoursPerWeek()), row.minQualificationLevel(), new HashSet<>(row.requiredLicences()));
    }

    /**
     * The whole dataset as one problem (DATA-FORMAT.md), rows in their order: no pairing confirmed or rejected,
     * the default settings; whoever has pairings or a territory's settings puts them in a new input.
     */
    default MatchingInput input(String id, Dataset dataset) {
        List<Candidate> candidates = new ArrayList<>(dataset.candidates().size());
        dataset.candidates().forEach(row -> candidates.add(candidate(row)));
        List<Contract> contracts = new ArrayList<>(dataset.contracts().size());
        Map<String, Contract> contractsById = new HashMap<>();
        for (ContractRow row : dataset.contracts()) {
            Contract contract = contract(row);
            contracts.add(contract);
            contractsById.put(contract.id(), contract);
        }
        List<Slot> slots = new ArrayList<>(dataset.slots().size());
        dataset.slots().forEach(row -> slots.add(slot(row, contractsById)));
        return MatchingInput.of(id, candidates, contracts, slots);
    }
}
