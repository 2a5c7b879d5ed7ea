package fr.clausematch.candidate;

import fr.clausematch.audit.AuditAction;
import fr.clausematch.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The right of access: one person's data as a whole, each export written to the audit log. */
@Service
public class PersonalDataService {

    private final CandidateService candidates;
    private final CandidateMapper mapper;
    private final CandidatePairings pairings;
    private final AuditLog audit;
    private final Clock clock;

    PersonalDataService(CandidateService candidates, CandidateMapper mapper, CandidatePairings pairings, AuditLog audit,
                        Clock clock) {
        this.candidates = candidates;
        this.mapper = mapper;
        this.pairings = pairings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PersonalData export(String id, String actor) {
        Candidate candidate = candidates.find(id);
        List<PersonalData.Pairing> pairings = this.pairings.of(candidate.getId());
        audit.record(actor, AuditAction.EXPORT, AuditLog.CANDIDATE, id, pairings.size() + " appariement(s)");
        candidates.recordSensitiveRead(candidate, actor);
        return new PersonalData(id, Instant.now(clock), mapper.toView(candidate), pairings,
                audit.about(AuditLog.CANDIDATE, id));
    }
}
