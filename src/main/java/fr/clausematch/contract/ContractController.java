package fr.clausematch.contract;

import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.LegalBasis;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import fr.clausematch.web.SortKeys;
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

import java.util.List;

@RestController
@RequestMapping("/api/contracts")
@Tag(name = "Contrats", description = "Marchés portant une clause d'insertion, et leurs postes")
class ContractController {

    /** What {@code GET /api/contracts} may be sorted by: fields of a contract's summary (the default: {@code id}). */
    static final SortKeys SORT_KEYS = SortKeys.of("id=externalId", "buyer=buyer.code", "title", "type", "legalBasis",
            "anru", "commune=place.commune", "qpvCode=place.qpvCode", "startDate", "endDate", "requiredHours", "territory=territoryCode", "status");

    private final ContractService service;

    ContractController(ContractService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Liste paginée des contrats, filtrée par territoire, type, statut, base juridique, ANRU, QPV, acheteur ou texte")
    PagedModel<ContractSummary> list(@RequestParam(required = false) String territory,
                                     @RequestParam(required = false) ContractType type,
                                     @RequestParam(required = false) ContractStatus status,
                                     @RequestParam(required = false) LegalBasis legalBasis,
                                     @RequestParam(required = false) Boolean anru,
                                     @RequestParam(required = false) Boolean qpv,
                                     @RequestParam(required = false) String buyer,
                                     @RequestParam(required = false) String q,
                                     @PageableDefault(size = 50, sort = "id", direction = Sort.Direction.ASC) Pageable pageable) {
        return new PagedModel<>(service.page(new ContractFilter(territory, type, status, legalBasis, anru, qpv, buyer, q), SORT_KEYS.apply(pageable)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Un contrat avec ses postes")
    ContractView get(@PathVariable String id) {
        return service.get(id);
    }

    @PostMapping
    @Operation(summary = "Soumettre un contrat et ses postes")
    ResponseEntity<ContractView> create(@Valid @RequestBody ContractForm form) {
        ContractView created = service.create(form);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(created.id()).toUri()).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Modifier un contrat (version exigée ; ses postes ont leurs propres routes)")
    ContractView update(@PathVariable String id, @Valid @RequestBody ContractForm form) {
        return service.update(id, form);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Supprimer un contrat dont aucun poste ne figure dans un plan (version exigée)")
    ResponseEntity<Void> delete(@PathVariable String id, @RequestParam long version) {
        service.delete(id, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/slots")
    @Operation(summary = "Les postes d'un contrat")
    List<SlotView> slots(@PathVariable String id) {
        return service.slots(id);
    }

    @PostMapping("/{id}/slots")
    @Operation(summary = "Ajouter un poste à un contrat")
    ResponseEntity<SlotView> addSlot(@PathVariable String id, @Valid @RequestBody SlotForm form) {
        SlotView created = service.addSlot(id, form);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{slotId}")
                .buildAndExpand(created.id()).toUri()).body(created);
    }

    @PutMapping("/{id}/slots/{slotId}")
    @Operation(summary = "Modifier un poste (version exigée)")
    SlotView updateSlot(@PathVariable String id, @PathVariable String slotId, @Valid @RequestBody SlotForm form) {
        return service.updateSlot(id, slotId, form);
    }

    @DeleteMapping("/{id}/slots/{slotId}")
    @Operation(summary = "Supprimer un poste qui ne figure dans aucun plan (version exigée)")
    ResponseEntity<Void> deleteSlot(@PathVariable String id, @PathVariable String slotId, @RequestParam long version) {
        service.deleteSlot(id, slotId, version);
        return ResponseEntity.noContent().build();
    }
}
