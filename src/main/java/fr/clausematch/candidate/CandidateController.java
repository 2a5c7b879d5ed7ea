package fr.clausematch.candidate;

import fr.clausematch.matching.Gender;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/candidates")
@Tag(name = "Candidats", description = "Personnes repérées par les facilitateurs")
class CandidateController {

    private final CandidateService service;

    CandidateController(CandidateService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Liste paginée des candidats, filtrée par territoire, statut, QPV, genre, métier ou texte")
    PagedModel<CandidateView> list(@RequestParam(required = false) String territory,
                                   @RequestParam(required = false) CandidateStatus status,
                                   @RequestParam(required = false) Boolean qpv,
                                   @RequestParam(required = false) String qpvCode,
                                   @RequestParam(required = false) Gender gender,
                                   @RequestParam(required = false) String trade,
                                   @RequestParam(required = false) String q,
                                   @PageableDefault(size = 50, sort = "externalId", direction = Sort.Direction.ASC) Pageable pageable) {
        return new PagedModel<>(service.page(new CandidateFilter(territory, status, qpv, qpvCode, gender, trade, q), pageable));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Un candidat par son identifiant pseudonyme")
    CandidateView get(@PathVariable String id) {
        return service.get(id);
    }

    @PostMapping
    @Operation(summary = "Enregistrer un candidat")
    ResponseEntity<CandidateView> create(@Valid @RequestBody CandidateForm form) {
        CandidateView created = service.create(form, "api");
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(created.id()).toUri()).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Modifier un candidat (la version lue est exigée : 409 si quelqu'un l'a modifié entre-temps)")
    CandidateView update(@PathVariable String id, @Valid @RequestBody CandidateForm form) {
        return service.update(id, form, "api");
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Supprimer un candidat qui ne figure dans aucun plan (version exigée)")
    ResponseEntity<Void> delete(@PathVariable String id, @RequestParam long version) {
        service.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
