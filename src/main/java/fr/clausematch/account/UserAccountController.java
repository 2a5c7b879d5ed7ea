package fr.clausematch.account;

import fr.clausematch.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
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

/** Accounts for administrators' scripts (ADMIN only, by the URL rules): never a password nor its hash. */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/users")
@Tag(name = "Comptes", description = "Comptes des utilisateurs : rôle, périmètre, mot de passe (administrateurs)")
class UserAccountController {

    private final UserAccountService service;

    UserAccountController(UserAccountService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Tous les comptes, par identifiant")
    List<AccountView> list() {
        return service.list();
    }

    @GetMapping("/{username}")
    @Operation(summary = "Un compte par son identifiant")
    AccountView get(@PathVariable String username) {
        return service.get(username);
    }

    @PostMapping
    @Operation(summary = "Créer un compte (mot de passe saisi deux fois, 12 caractères au moins)")
    ResponseEntity<AccountView> create(@RequestBody NewAccount form) {
        AccountView created = service.create(form, CurrentUser.actor());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{username}")
                .buildAndExpand(created.username()).toUri()).body(created);
    }

    @PutMapping("/{username}")
    @Operation(summary = "Modifier le nom, le rôle, le périmètre ou l'activation d'un compte (version exigée)")
    AccountView update(@PathVariable String username, @RequestBody AccountChange change) {
        return service.update(username, change, CurrentUser.actor());
    }

    @PostMapping("/{username}/password")
    @Operation(summary = "Réinitialiser le mot de passe d'un compte (et le débloquer)")
    AccountView resetPassword(@PathVariable String username, @RequestBody PasswordReset reset) {
        return service.resetPassword(username, reset, CurrentUser.actor());
    }

    @PostMapping("/{username}/unlock")
    @Operation(summary = "Débloquer un compte bloqué par des échecs de connexion")
    AccountView unlock(@PathVariable String username) {
        return service.unlock(username, CurrentUser.actor());
    }
}
