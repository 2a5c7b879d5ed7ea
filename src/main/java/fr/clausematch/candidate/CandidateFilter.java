package fr.clausematch.candidate;

import fr.clausematch.matching.model.Gender;
import fr.clausematch.web.SearchText;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.List;

/**
 * Filters of the candidate list; every field is optional.
 *
 * @param territory territory code
 * @param status    path status
 * @param qpv       {@code true}: QPV residents only, {@code false}: others only
 * @param qpvCode   residents of one QPV
 * @param gender    stated gender
 * @param trade     ROME code the person can work in
 * @param q         free text on the pseudonymous id or the commune
 */
public record CandidateFilter(String territory, CandidateStatus status, Boolean qpv, String qpvCode, Gender gender,
                              String trade, String q) {

    public Specification<Candidate> toSpecification() {
        return (root, query, cb) -> {
            var predicates = new ArrayList<jakarta.persistence.criteria.Predicate>();
            if (territory != null && !territory.isBlank()) {
                predicates.add(cb.equal(root.get("territoryCode"), territory));
            }
            if (status != null) {
                predicates.add(cb.equal(root.get("status"), status));
            }
            if (qpv != null) {
                predicates.add(qpv ? cb.isNotNull(root.get("qpvCode")) : cb.isNull(root.get("qpvCode")));
            }
            if (qpvCode != null && !qpvCode.isBlank()) {
                predicates.add(cb.equal(root.get("qpvCode"), qpvCode));
            }
            if (gender != null) {
                predicates.add(cb.equal(root.get("gender"), gender));
            }
            if (trade != null && !trade.isBlank()) {
                predicates.add(cb.isMember(trade, root.<List<String>>get("trades")));
            }
            if (q != null && !q.isBlank()) {
                predicates.add(SearchText.anyContains(cb, q, root.get("externalId"), root.get("commune")));
            }
            return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
