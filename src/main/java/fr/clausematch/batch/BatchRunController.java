package fr.clausematch.batch;

import fr.clausematch.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/** Batch runs for administrators (ADMIN only, by the URL rules): launched, restarted and stopped asynchronously. */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/batch-runs")
@Tag(name = "Calculs par lots", description = "Planification de territoires entiers en un calcul reprenable (administrateurs)")
class BatchRunController {

    private final BatchRuns runs;

    BatchRunController(BatchRuns runs) {
        this.runs = runs;
    }

    @PostMapping
    @Operation(summary = "Lancer un calcul par lots : {territories:[\"21\",\"25\"]} ou {all:true}, budgetSeconds (10 s à 24 h, 900 par défaut)")
    ResponseEntity<RunView> launch(@RequestBody RunRequest request) {
        RunView run = runs.launch(request, CurrentUser.actor());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(run.id()).toUri())
                .body(run);
    }

    @GetMapping
    @Operation(summary = "Les derniers calculs par lots, du plus récent au plus ancien")
    List<RunView> list() {
        return runs.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Un calcul par lots et ses territoires : statut, postes, heures pourvues et de la référence, parts, budget, durée")
    RunView get(@PathVariable long id) {
        return runs.get(id);
    }

    @PostMapping("/{id}/restart")
    @Operation(summary = "Reprendre un calcul arrêté ou interrompu (les territoires terminés sont gardés ; refusé si son processus vit)")
    RunView restart(@PathVariable long id) {
        return runs.restart(id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Arrêter un calcul en cours (ses territoires en cours n'enregistrent rien ; il peut être repris)")
    RunView stop(@PathVariable long id) {
        return runs.stop(id);
    }
}
