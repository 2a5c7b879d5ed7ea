package fr.clausematch.candidate;

import fr.clausematch.security.CurrentUser;
import fr.clausematch.matching.model.Gender;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import fr.clausematch.web.SortKeys;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

    /** What {@code GET /api/candidates} may be sorted by: fields of a person's answer (the default: {@code id}). */
    static final SortKeys SORT_KEYS = SortKeys.of("id=externalId", "territory=territoryCode", "gender", "birthYear",
            "commune", "qpvCode", "eligibilityUntil", "qualificationLevel", "maxDistanceKm", "availableFrom",
            "availableUntil", "maxHoursPerWeek", "registeredOn", "status", "lastContactOn");

    private final CandidateService service;

    private final PersonalDataService personalData;

    CandidateController(CandidateService service, PersonalDataService personalData) {
        this.service = service;
        this.personalData = personalData;
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
                                   @PageableDefault(size = 50, sort = "id", direction = Sort.Direction.ASC) Pageable pageable) {
        return new PagedModel<>(service.page(new CandidateFilter(territory, status, qpv, qpvCode, gender, trade, q), SORT_KEYS.apply(pageable)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Un candidat par son identifiant pseudonyme")
    CandidateView get(@PathVariable String id) {
        return service.get(id, CurrentUser.actor());
    }

    @GetMapping("/{id}/personal-data")
    @Operation(summary = "Droit d'accès : tout ce qui est détenu sur la personne (dossier, critères et qui les a validés, "
            + "appariements, journal), en JSON à télécharger ; l'export est journalisé")
    ResponseEntity<PersonalData> personalData(@PathVariable String id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("donnees-personnelles-" + id + ".json").build().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(personalData.export(id, CurrentUser.actor()));
    }

    @PostMapping
    @Operation(summary = "Enregistrer un candidat")
    ResponseEntity<CandidateView> create(@Valid @RequestBody CandidateForm form) {
        CandidateView created = service.create(form, CurrentUser.actor());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(created.id()).toUri()).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Modifier un candidat (la version lue est exigée : 409 si quelqu'un l'a modifié entre-temps)")
    CandidateView update(@PathVariable String id, @Valid @RequestBody CandidateForm form) {
        return service.update(id, form, CurrentUser.actor());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Supprimer un candidat qui ne figure dans aucun plan (version exigée)")
    ResponseEntity<Void> delete(@PathVariable String id, @RequestParam long version) {
        service.delete(id, version, CurrentUser.actor());
        return ResponseEntity.noContent().build();
    }
}
