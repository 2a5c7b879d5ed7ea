package fr.clausematch.planning;

import fr.clausematch.security.CurrentUser;
import fr.clausematch.web.Spreadsheet;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

@RestController
@RequestMapping("/api")
@Tag(name = "Plans", description = "Appariements calculés sur un territoire, revus par le facilitateur")
class PlanController {

    private static final String XLSX = Spreadsheet.XLSX_MEDIA_TYPE;

    private final PlanRuns runs;
    private final PlanRunRegistry registry;
    private final PlanReading planning;
    private final AssignmentService assignments;
    private final PlanExplanationService explanations;
    private final PlanEvents events;
    private final PlanExport export;

    PlanController(PlanRuns runs, PlanRunRegistry registry, PlanReading planning, AssignmentService assignments, PlanExplanationService explanations,
                   PlanEvents events, PlanExport export) {
        this.export = export;
        this.runs = runs;
        this.registry = registry;
        this.planning = planning;
        this.assignments = assignments;
        this.explanations = explanations;
        this.events = events;
    }

    @PostMapping("/plans")
    @Operation(summary = "Lancer un plan sur un territoire (OPTIMIZE par défaut, ou BASELINE : premier arrivé, premier servi)")
    ResponseEntity<PlanView> start(@Valid @RequestBody PlanRequest request) {
        PlanView plan = runs.start(request.territory(), request.strategy(), CurrentUser.actor());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(plan.id()).toUri()).body(plan);
    }

    @GetMapping("/plans")
    @Operation(summary = "Les plans d'un territoire, du plus récent au plus ancien")
    List<PlanView> list(@RequestParam String territory) {
        return planning.list(territory);
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "Statut, score, indicateurs du plan et de la référence « premier arrivé, premier servi »")
    PlanView get(@PathVariable long id) {
        return planning.view(id);
    }

    @DeleteMapping("/plans/{id}")
    @Operation(summary = "Arrêter un plan en cours : sa meilleure solution est gardée")
    PlanView stop(@PathVariable long id) {
        return runs.stop(id);
    }

    @GetMapping(path = "/plans/{id}/events", produces = "text/event-stream")
    @Operation(summary = "Progression en direct (server-sent events) : « progress » à chaque meilleure solution, puis « end »")
    SseEmitter events(@PathVariable long id) {
        PlanView current = planning.view(id);
        return events.listen(registry.run(id).orElse(null), current);
    }

    @GetMapping("/plans/{id}/assignments")
    @Operation(summary = "Les appariements du plan")
    List<AssignmentView> assignments(@PathVariable long id) {
        return assignments.ofPlan(id);
    }

    @GetMapping("/plans/{id}/explanation")
    @Operation(summary = "Pourquoi chaque personne, pourquoi chaque poste vide, et le score par contrainte")
    PlanExplanationView explanation(@PathVariable long id) {
        return explanations.explain(id);
    }

    @GetMapping(path = "/plans/{id}/export.xlsx", produces = XLSX)
    @Operation(summary = "Le plan en classeur .xlsx pour un tableur : un poste par ligne (contrat, métier, lieu, dates, heures, "
            + "personne proposée sous son identifiant pseudonyme, statut et explication en mots ; formules neutralisées)",
            responses = @ApiResponse(responseCode = "200", description = "Le classeur",
                    content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> exportXlsx(@PathVariable long id) {
        return export.export(id, Spreadsheet.Format.XLSX);
    }

    @GetMapping(path = "/plans/{id}/export.csv", produces = "text/csv")
    @Operation(summary = "Le plan en CSV pour un tableur (« ; », UTF-8 avec BOM, virgule décimale) : les colonnes du classeur, "
            + "le texte qui ressemble à une formule précédé d'une apostrophe",
            responses = @ApiResponse(responseCode = "200", description = "Le fichier CSV",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> exportCsv(@PathVariable long id) {
        return export.export(id, Spreadsheet.Format.CSV);
    }

    @PostMapping("/assignments/{id}/confirm")
    @Operation(summary = "Confirmer un appariement : il sera fixé au prochain plan")
    AssignmentView confirm(@PathVariable long id, @Valid @RequestBody DecisionForm form) {
        return assignments.decide(id, AssignmentStatus.CONFIRMED, form, CurrentUser.actor());
    }

    @PostMapping("/assignments/{id}/reject")
    @Operation(summary = "Refuser un appariement : cette paire ne sera plus proposée")
    AssignmentView reject(@PathVariable long id, @Valid @RequestBody DecisionForm form) {
        return assignments.decide(id, AssignmentStatus.REJECTED, form, CurrentUser.actor());
    }

    @PostMapping("/assignments/{id}/unassign")
    @Operation(summary = "Retirer un appariement : le poste est libéré, la paire pourra être proposée de nouveau")
    AssignmentView unassign(@PathVariable long id, @Valid @RequestBody DecisionForm form) {
        return assignments.decide(id, AssignmentStatus.UNASSIGNED, form, CurrentUser.actor());
    }

    @GetMapping("/assignments/{id}/history")
    @Operation(summary = "L'historique des décisions sur un appariement")
    List<AssignmentDecision> history(@PathVariable long id) {
        return assignments.historyOf(id).stream().map(AssignmentDecision::of).toList();
    }
}
