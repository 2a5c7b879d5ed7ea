package fr.clausematch.contract;

import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.LegalBasis;
import fr.clausematch.web.SearchText;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;

/**
 * Filters of the contract list; every field is optional.
 *
 * @param qpv {@code true}: sites standing in a QPV only, {@code false}: others only
 */
public record ContractFilter(String territory, ContractType type, ContractStatus status, LegalBasis legalBasis,
                             Boolean anru, Boolean qpv, String buyer, String q) {

    public Specification<Contract> toSpecification() {
        return (root, query, cb) -> {
            var predicates = new ArrayList<jakarta.persistence.criteria.Predicate>();
            if (territory != null && !territory.isBlank()) {
                predicates.add(cb.equal(root.get("territoryCode"), territory));
            }
            if (type != null) {
                predicates.add(cb.equal(root.get("type"), type));
            }
            if (status != null) {
                predicates.add(cb.equal(root.get("status"), status));
            }
            if (legalBasis != null) {
                predicates.add(cb.equal(root.get("legalBasis"), legalBasis));
            }
            if (anru != null) {
                predicates.add(cb.equal(root.get("anru"), anru));
            }
            if (qpv != null) {
                predicates.add(qpv ? cb.isNotNull(root.get("place").get("qpvCode")) : cb.isNull(root.get("place").get("qpvCode")));
            }
            if (buyer != null && !buyer.isBlank()) {
                predicates.add(cb.equal(root.get("buyer").get("code"), buyer));
            }
            if (q != null && !q.isBlank()) {
                predicates.add(SearchText.anyContains(cb, q, root.get("externalId"), root.get("title"), root.get("place").get("commune")));
            }
            return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
