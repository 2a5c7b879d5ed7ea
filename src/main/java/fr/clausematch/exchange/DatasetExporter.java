package fr.clausematch.exchange;

import fr.clausematch.audit.AuditAction;
import fr.clausematch.audit.AuditLog;
import fr.clausematch.candidate.CandidateRows;
import fr.clausematch.contract.ContractRows;
import fr.clausematch.dataset.CandidateRow;
import fr.clausematch.dataset.Dataset;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;



/**
 * Reads the database back into the exchange format: one territory (its people, its contracts and
 * their slots) or everything. Rows come in the order they were created, so that export, import
 * into an empty database and export again give identical files.
 */
@Service
public class DatasetExporter {

    private final CandidateRows candidates;
    private final ContractRows contracts;
    private final AuditLog audit;

    public DatasetExporter(CandidateRows candidates, ContractRows contracts, AuditLog audit) {
        this.candidates = candidates;
        this.contracts = contracts;
        this.audit = audit;
    }

    /** @param territory a territory code, or null for the whole database */
    @Transactional(readOnly = true)
    public Dataset export(String territory) {
        return export(territory == null ? null : Set.of(territory));
    }

    /**
     * The territories' data, for someone: every person exported is written to the audit log (EXPORT, by
     * {@code actor}), in the same transaction.
     */
    @Transactional
    public Dataset exportFor(Set<String> territories, String actor) {
        Dataset dataset = export(territories);
        audit.recordEach(actor, AuditAction.EXPORT, AuditLog.CANDIDATE,
                dataset.candidates().stream().map(CandidateRow::id).toList(), "export au format d'échange");
        return dataset;
    }

    /** @param territories territory codes, or null for the whole database */
    private Dataset export(Set<String> territories) {
        return new Dataset(candidates.of(territories), contracts.contracts(territories), contracts.slots(territories));
    }
}
