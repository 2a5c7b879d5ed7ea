package fr.clausematch.overview;

import fr.clausematch.candidate.CandidateFigures;
import fr.clausematch.contract.ContractFigures;
import fr.clausematch.security.SignedInUser;
import fr.clausematch.territory.Territory;
import fr.clausematch.territory.TerritoryRepository;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counts the home page and the territories' API show, each within what the signed-in user may see,
 * gathered from the modules that own them: territories, people, contracts.
 */
@Component
class TerritoryOverview {

    private final TerritoryRepository territories;
    private final CandidateFigures people;
    private final ContractFigures contracts;

    TerritoryOverview(TerritoryRepository territories, CandidateFigures people, ContractFigures contracts) {
        this.territories = territories;
        this.people = people;
        this.contracts = contracts;
    }

    /** The territories with their counts: all for an administrator, hers for a facilitator, all with only his contracts for a buyer. */
    @Transactional(readOnly = true)
    List<TerritoryView> territories(SignedInUser user) {
        return switch (user.role()) {
            case ADMIN -> territories(null, null);
            case FACILITATOR -> territories(user.territories(), null);
            case BUYER -> territories(null, user.buyerCode());
        };
    }

    /** The home page's figures over the territories of {@code scope} (null: every territory). */
    @Transactional(readOnly = true)
    HomeFigures home(Set<String> scope) {
        CandidateFigures.People who = people.people(scope);
        ContractFigures.Totals what = contracts.totals(scope);
        return new HomeFigures(who.candidates(), who.women(), who.qpvResidents(), who.eligible(), what.contracts(),
                what.slots(), what.slotHours(), what.worksHours(), what.servicesHours(), what.intellectualHours(),
                what.buyers(), territories(scope, null));
    }

    /**
     * @param scope only these territories (a facilitator's), or null for all
     * @param buyer count only this buyer's contracts and no person (a buyer's view), or null
     */
    private List<TerritoryView> territories(Set<String> scope, String buyer) {
        Map<String, Long> persons = buyer == null ? people.peopleByTerritory(scope) : Map.of();
        Map<String, ContractFigures.Counts> counts = contracts.byTerritory(scope, buyer);
        return territories.findAll(Sort.by("code")).stream().filter(t -> scope == null || scope.contains(t.getCode()))
                .map(t -> view(t, persons.getOrDefault(t.getCode(), 0L), counts.getOrDefault(t.getCode(), ContractFigures.Counts.NONE)))
                .toList();
    }

    private static TerritoryView view(Territory territory, long persons, ContractFigures.Counts counts) {
        return new TerritoryView(territory.getCode(), territory.getName(), territory.getKind(), persons, counts.contracts(),
                counts.slots(), counts.slotHours());
    }
}
