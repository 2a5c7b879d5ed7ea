package fr.clausematch.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Journal", description = "Qui a lu ou modifié le dossier d'une personne, et quand")
class AuditController {

    static final int MAX_SIZE = 500;

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping
    @Operation(summary = "Journal des accès aux données personnelles, du plus récent au plus ancien, filtré par acteur, "
            + "personne (identifiant pseudonyme), action et dates (incluses)")
    PagedModel<AuditEvent> search(@RequestParam(required = false) String actor,
                                  @RequestParam(required = false) String subject,
                                  @RequestParam(required = false) AuditAction action,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "50") int size) {
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE));
        return new PagedModel<>(log.search(new AuditFilter(actor, subject, action, from, to), request));
    }
}
