package fr.clausematch.overview;

import fr.clausematch.security.CurrentUser;
import fr.clausematch.security.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/territories")
@Tag(name = "Territoires", description = "Départements et zones de facilitateurs")
class TerritoryController {

    private final TerritoryOverview queries;

    TerritoryController(TerritoryOverview queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Les territoires et leurs nombres de candidats, contrats, postes et heures : tous pour un "
            + "administrateur, les siens pour un facilitateur ; pour un acheteur, tous les territoires avec ses seuls contrats")
    List<TerritoryView> list() {
        SignedInUser user = CurrentUser.get();
        return queries.territories(user);
    }
}
