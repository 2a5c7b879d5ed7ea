package fr.clausematch.overview;

import fr.clausematch.planning.TargetCostView;
import fr.clausematch.planning.TargetCosts;
import fr.clausematch.planning.TargetShare;
import fr.clausematch.security.CurrentUser;
import fr.clausematch.security.SignedInUser;
import fr.clausematch.shared.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/territories")
@Tag(name = "Territoires", description = "Départements et zones de facilitateurs")
class TerritoryController {

    private final TerritoryOverview queries;
    private final TargetCosts targetCosts;

    TerritoryController(TerritoryOverview queries, TargetCosts targetCosts) {
        this.queries = queries;
        this.targetCosts = targetCosts;
    }

    @GetMapping
    @Operation(summary = "Les territoires et leurs nombres de candidats, contrats, postes et heures : tous pour un "
            + "administrateur, les siens pour un facilitateur ; pour un acheteur, tous les territoires avec ses seuls contrats")
    List<TerritoryView> list() {
        SignedInUser user = CurrentUser.get();
        return queries.territories(user);
    }

    @GetMapping("/{code}/target-cost")
    @Operation(summary = "Que coûte une cible ? La courbe des heures pourvues selon la part des heures aux femmes (ou aux "
            + "résidents des QPV) tenue au moins à chaque cible, avec le plan actuel et la référence « premier arrivé, "
            + "premier servi » ; ou sa progression pendant le calcul, ou NONE s'il n'est pas calculé pour les données actuelles")
    TargetCostView targetCost(@PathVariable String code, @Parameter(description = "women ou qpv")
                              @RequestParam(defaultValue = "women") String share) {
        return targetCosts.read(code, share(share));
    }

    @PostMapping("/{code}/target-cost")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Lancer le calcul de la courbe « que coûte une cible ? » en arrière-plan (rien de neuf s'il est "
            + "déjà fait ou en cours pour les données actuelles)")
    TargetCostView startTargetCost(@PathVariable String code, @Parameter(description = "women ou qpv")
                                   @RequestParam(defaultValue = "women") String share) {
        return targetCosts.start(code, share(share));
    }

    static TargetShare share(String name) {
        TargetShare share = TargetShare.parse(name);
        if (share == null) {
            throw new InvalidFieldException("share", "women ou qpv attendu : " + name);
        }
        return share;
    }
}
