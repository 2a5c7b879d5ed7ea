package fr.clausematch.contract;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

@RestController
@RequestMapping("/api/buyers")
@Tag(name = "Acheteurs", description = "Bailleurs sociaux, collectivités et autres acheteurs publics")
class BuyerController {

    private final ContractService service;

    BuyerController(ContractService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Tous les acheteurs, par nom")
    List<BuyerView> list() {
        return service.buyers();
    }

    @GetMapping("/{code}")
    @Operation(summary = "Un acheteur par son code")
    BuyerView get(@PathVariable String code) {
        return service.buyerView(code);
    }

    @PostMapping
    @Operation(summary = "Enregistrer un acheteur")
    ResponseEntity<BuyerView> create(@Valid @RequestBody BuyerForm form) {
        BuyerView created = service.createBuyer(form);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{code}")
                .buildAndExpand(created.code()).toUri()).body(created);
    }

    @PutMapping("/{code}")
    @Operation(summary = "Modifier un acheteur (version exigée)")
    BuyerView update(@PathVariable String code, @Valid @RequestBody BuyerForm form) {
        return service.updateBuyer(code, form);
    }
}
