package fr.clausematch.account;

import fr.clausematch.security.CurrentUser;
import fr.clausematch.security.AccessTokenAuthentication;

import fr.clausematch.shared.AccessRefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Personal access tokens: one's own ({@code /api/tokens}, every role) and any account's ({@code /api/users/{username}/tokens},
 * administrators only by the URL rules). A token is created only by a request signed in otherwise (a password or
 * a session), so that a stolen token cannot make itself a longer-lived one.
 */
@RestController
@ConditionalOnWebApplication
@Tag(name = "Jetons d'accès", description = "Jetons d'accès personnels à l'API (Authorization: Bearer cm_…)")
class AccessTokenController {

    private final AccessTokenService tokens;

    AccessTokenController(AccessTokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/api/tokens")
    @Operation(summary = "Mes jetons d'accès (jamais leur secret)")
    List<AccessTokenView> mine() {
        return tokens.list(CurrentUser.get().getUsername());
    }

    @PostMapping("/api/tokens")
    @Operation(summary = "Créer un jeton d'accès ; la réponse est la seule à montrer son secret")
    ResponseEntity<CreatedAccessToken> createMine(@RequestBody NewAccessToken form) {
        return created(CurrentUser.get().getUsername(), form);
    }

    @DeleteMapping("/api/tokens/{id}")
    @Operation(summary = "Révoquer un de mes jetons d'accès")
    ResponseEntity<Void> revokeMine(@PathVariable long id) {
        tokens.revoke(CurrentUser.get().getUsername(), id, CurrentUser.actor());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/users/{username}/tokens")
    @Operation(summary = "Les jetons d'accès d'un compte (administrateurs)")
    List<AccessTokenView> ofAccount(@PathVariable String username) {
        return tokens.listOfAccount(username);
    }

    @PostMapping("/api/users/{username}/tokens")
    @Operation(summary = "Créer un jeton d'accès pour un compte (administrateurs)")
    ResponseEntity<CreatedAccessToken> createForAccount(@PathVariable String username, @RequestBody NewAccessToken form) {
        return created(username, form);
    }

    @DeleteMapping("/api/users/{username}/tokens/{id}")
    @Operation(summary = "Révoquer un jeton d'accès d'un compte (administrateurs)")
    ResponseEntity<Void> revokeForAccount(@PathVariable String username, @PathVariable long id) {
        tokens.revoke(username, id, CurrentUser.actor());
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<CreatedAccessToken> created(String username, NewAccessToken form) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof AccessTokenAuthentication) {
            throw new AccessRefusedException("un jeton d'accès ne crée pas d'autre jeton : identifiez-vous par mot de passe");
        }
        CreatedAccessToken created = tokens.create(username, form, CurrentUser.actor());
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }
}
