package fr.clausematch.candidate;

import fr.clausematch.audit.AuditAction;
import fr.clausematch.audit.AuditLog;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.security.CurrentUser;
import fr.clausematch.security.SignedInUser;
import fr.clausematch.territory.TerritoryService;
import fr.clausematch.shared.ConflictException;
import fr.clausematch.shared.InvalidFieldException;
import fr.clausematch.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The people identified by facilitators: list, read, register, edit, remove. Each read or change of
 * one person's record is written to the {@link AuditLog} with the actor given by the caller; lists are not.
 */
@Service
public class CandidateService {

    private static final String WHAT = "Candidat";

    private final CandidateRepository candidates;
    private final CandidateMapper mapper;
    private final TerritoryService territories;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final CandidateListing listing;
    private final CandidatePairings pairings;

    CandidateService(CandidateRepository candidates, CandidateMapper mapper, TerritoryService territories,
                     JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events, AuditLog audit,
                     CandidateListing listing, CandidatePairings pairings) {
        this.candidates = candidates;
        this.mapper = mapper;
        this.territories = territories;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.audit = audit;
        this.listing = listing;
        this.pairings = pairings;
    }

    @Transactional(readOnly = true)
    public Page<CandidateView> page(CandidateFilter filter, Pageable pageable) {
        SignedInUser user = CurrentUser.get();
        if (filter.territory() != null && !filter.territory().isBlank()) {
            CurrentUser.requireTerritory(filter.territory());
        }
        return listing.page(filter, user.territories(), pageable);
    }

    /** Every person the filter finds (no paging), for an export: each is audited as exported by {@code actor}. */
    @Transactional
    public List<CandidateView> export(CandidateFilter filter, String actor, String detail) {
        List<CandidateView> people = page(filter, Pageable.unpaged(Sort.by("externalId"))).getContent();
        audit.recordEach(actor, AuditAction.EXPORT, AuditLog.CANDIDATE, people.stream().map(CandidateView::id).toList(), detail);
        return people;
    }

    /**
     * The territory of a person of the user's territories (anyone else is answered as someone who does not exist);
     * not audited: for the tools that show of her only her pseudonymous id, such as where she could work.
     */
    @Transactional(readOnly = true)
    public String territoryOf(String id) {
        return find(id).getTerritoryCode();
    }

    /** One person's record, read by {@code actor}: audited (READ, and READ_SENSITIVE when a sensitive criterion is held). */
    @Transactional
    public CandidateView get(String id, String actor) {
        Candidate candidate = find(id);
        audit.record(actor, AuditAction.READ, AuditLog.CANDIDATE, id, null);
        recordSensitiveRead(candidate, actor);
        return mapper.toView(candidate);
    }

    /** Writes READ_SENSITIVE naming the sensitive criteria codes the person holds, if any. */
    void recordSensitiveRead(Candidate candidate, String actor) {
        String sensitive = candidate.criteria().stream().filter(EligibilityCriterion::isSensitive)
                .map(Enum::name).collect(Collectors.joining(", "));
        if (!sensitive.isEmpty()) {
            audit.record(actor, AuditAction.READ_SENSITIVE, AuditLog.CANDIDATE, candidate.getExternalId(), sensitive);
        }
    }

    @Transactional
    public CandidateView create(CandidateForm form, String actor) {
        territories.require(form.getTerritory());
        CurrentUser.requireTerritory(form.getTerritory());
        if (candidates.existsByExternalId(form.getId())) {
            throw ConflictException.idTaken(form.getId());
        }
        Candidate candidate = new Candidate(form.getId());
        apply(form, candidate, actor);
        candidate.setStatus(form.getStatus() == null ? CandidateStatus.IDENTIFIED : form.getStatus());
        candidate.setLastContactOn(form.getLastContactOn() == null ? LocalDate.now(clock) : form.getLastContactOn());
        CandidateView created = mapper.toView(candidates.saveAndFlush(candidate));
        audit.record(actor, AuditAction.CREATE, AuditLog.CANDIDATE, created.id(), null);
        events.publishEvent(new CandidateRegistered(created.territory(), created.id()));
        return created;
    }

    @Transactional
    public CandidateView update(String id, CandidateForm form, String actor) {
        if (!id.equals(form.getId())) {
            throw new InvalidFieldException("id", "l'identifiant ne se modifie pas (attendu " + id + ")");
        }
        Candidate candidate = find(id);
        ConflictException.checkVersion(WHAT, id, form.getVersion(), candidate.getVersion());
        territories.require(form.getTerritory());
        CurrentUser.requireTerritory(form.getTerritory());
        apply(form, candidate, actor);
        if (form.getStatus() != null) {
            candidate.setStatus(form.getStatus());
        }
        candidate.setLastContactOn(form.getLastContactOn() == null ? LocalDate.now(clock) : form.getLastContactOn());
        CandidateView updated = mapper.toView(candidates.saveAndFlush(candidate));
        audit.record(actor, AuditAction.UPDATE, AuditLog.CANDIDATE, id, null);
        return updated;
    }

    /**
     * A pairing of the person (internal id) was confirmed: a person still only identified becomes proposed
     * (audited as changed by {@code actor}, with {@code why}); any later status stays. In the caller's transaction.
     */
    @Transactional
    public void pairingConfirmed(long candidateId, String actor, String why) {
        List<String> changed = jdbc.queryForList("UPDATE candidate SET status = ?, version = version + 1, updated_at = now() "
                + "WHERE id = ? AND status = ? RETURNING external_id", String.class,
                CandidateStatus.PROPOSED.name(), candidateId, CandidateStatus.IDENTIFIED.name());
        for (String externalId : changed) {
            audit.record(actor, AuditAction.UPDATE, AuditLog.CANDIDATE, externalId, "statut PROPOSED : " + why);
        }
    }

    @Transactional
    public void delete(String id, long version, String actor) {
        Candidate candidate = find(id);
        ConflictException.checkVersion(WHAT, id, version, candidate.getVersion());
        int pairings = this.pairings.count(candidate.getId());
        if (pairings > 0) {
            throw new ConflictException(WHAT + " " + id + " figure dans " + pairings
                    + " proposition(s) de plan : archivez-le plutôt que de le supprimer");
        }
        candidates.delete(candidate);
        audit.record(actor, AuditAction.DELETE, AuditLog.CANDIDATE, id, null);
    }

    private void apply(CandidateForm form, Candidate candidate, String actor) {
        mapper.apply(form, candidate);
        candidate.replaceCriteria(form.getEligibility() == null ? Set.of() : form.getEligibility(), actor, LocalDate.now(clock));
    }

    /** A person of the user's territories; anyone else is answered as someone who does not exist. */
    Candidate find(String id) {
        SignedInUser user = CurrentUser.get();
        return candidates.findByExternalId(id).filter(c -> user.worksOn(c.getTerritoryCode()))
                .orElseThrow(() -> new NotFoundException(WHAT, id));
    }
}
