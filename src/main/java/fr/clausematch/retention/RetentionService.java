package fr.clausematch.retention;

import fr.clausematch.audit.AuditAction;
import fr.clausematch.audit.AuditLog;
import fr.clausematch.candidate.CandidateAnonymisation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * Anonymises the people without contact for longer than the retention setting (DOMAIN.md: at most two
 * years after the last contact), through the candidate module ({@link CandidateAnonymisation} says what
 * stays and what goes), and writes each anonymisation to the audit log.
 */
@Service
public class RetentionService {

    static final String ANONYMOUS_COMMUNE = CandidateAnonymisation.ANONYMOUS_COMMUNE;
    private static final Logger LOG = LoggerFactory.getLogger(RetentionService.class);

    private final CandidateAnonymisation anonymisation;
    private final AuditLog audit;
    private final RetentionProperties properties;

    RetentionService(CandidateAnonymisation anonymisation, AuditLog audit, RetentionProperties properties) {
        this.anonymisation = anonymisation;
        this.audit = audit;
        this.properties = properties;
    }

    /** Anonymises, in one transaction, every person not ARCHIVED whose last contact is more than the limit before {@code today}. */
    @Transactional
    public int anonymiseInactive(LocalDate today, String actor) {
        List<String> subjects = anonymisation.withoutContactSince(today.minusDays(properties.inactiveDays()));
        if (subjects.isEmpty()) {
            return 0;
        }
        audit.recordEach(actor, AuditAction.ANONYMISE, AuditLog.CANDIDATE, subjects,
                "sans contact depuis plus de " + properties.inactiveDays() + " jours");
        LOG.info("Rétention : {} personne(s) anonymisée(s)", subjects.size());
        return subjects.size();
    }
}
