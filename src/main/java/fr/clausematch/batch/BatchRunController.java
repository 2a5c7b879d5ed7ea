package fr.clausematch.batch;

import fr.clausematch.security.CurrentUser;
import fr.clausematch.web.ApiExceptionHandler;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/**
 * Batch runs for administrators (ADMIN only, by the URL rules): launched, restarted and stopped asynchronously.
 * A run on remote workers whose broker does not answer is refused with 503 (and a {@code Retry-After}): nothing
 * was started, the same request may be sent again once the broker is back ({@link BrokerResponses} declares it).
 */
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
    @Operation(summary = "Lancer un calcul par lots : {territories:[\"21\",\"25\"]} ou {all:true}, budgetSeconds (10 s à 24 h, "
            + "900 par défaut), workers (\"local\" par défaut, ou \"remote\" : les ouvriers à l'écoute de RabbitMQ)")
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

    @ExceptionHandler(BrokerUnavailableException.class)
    ResponseEntity<ProblemDetail> brokerSilent(BrokerUnavailableException e) {
        ProblemDetail problem = ApiExceptionHandler.problem(HttpStatus.SERVICE_UNAVAILABLE, "Service indisponible",
                e.getMessage(), "broker-unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30").body(problem);
    }
}
