package fr.clausematch.account;

import fr.clausematch.security.AccountDirectory;
import fr.clausematch.security.CurrentUser;

import fr.clausematch.web.FormErrors;
import fr.clausematch.shared.InvalidFieldException;
import fr.clausematch.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;

/**
 * Personal access tokens on the pages: one's own at {@code /compte/jetons} (every role), any account's at
 * {@code /admin/utilisateurs/{username}/jetons} (administrators, by the URL rules). A new token's secret is
 * shown in the answer to its creation only, never put in the session.
 */
@PageController
@ConditionalOnWebApplication
class AccessTokenPages {

    private static final String OWN = "/compte/jetons";
    private static final String ADMIN = "/admin/utilisateurs/";

    private final AccessTokenService tokens;
    private final Clock clock;

    AccessTokenPages(AccessTokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping(OWN)
    String own(Model model) {
        return page(model, CurrentUser.get().getUsername(), OWN, null);
    }

    @PostMapping(OWN)
    String createOwn(@ModelAttribute("form") AccessTokenPageForm form, BindingResult result, Model model,
                     HttpServletResponse response) {
        return create(CurrentUser.get().getUsername(), OWN, form, result, model, response);
    }

    @PostMapping(OWN + "/{id}/revocation")
    String revokeOwn(@PathVariable long id, RedirectAttributes redirect) {
        return revoke(CurrentUser.get().getUsername(), id, OWN, redirect);
    }

    @GetMapping(ADMIN + "{username}/jetons")
    String ofAccount(@PathVariable String username, Model model) {
        return page(model, username, ADMIN + username + "/jetons", null);
    }

    @PostMapping(ADMIN + "{username}/jetons")
    String createForAccount(@PathVariable String username, @ModelAttribute("form") AccessTokenPageForm form,
                            BindingResult result, Model model, HttpServletResponse response) {
        return create(username, ADMIN + username + "/jetons", form, result, model, response);
    }

    @PostMapping(ADMIN + "{username}/jetons/{id}/revocation")
    String revokeForAccount(@PathVariable String username, @PathVariable long id, RedirectAttributes redirect) {
        return revoke(username, id, ADMIN + username + "/jetons", redirect);
    }

    private String create(String username, String base, AccessTokenPageForm form, BindingResult result, Model model,
                          HttpServletResponse response) {
        try {
            CreatedAccessToken created = tokens.create(username, form.toNewToken(), CurrentUser.actor());
            model.addAttribute("form", new AccessTokenPageForm());
            response.setStatus(HttpServletResponse.SC_CREATED);
            return page(model, username, base, created);
        } catch (InvalidFieldException e) {
            e.errors().forEach(error -> FormErrors.field(result, error.field(), error.message()));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, username, base, null);
        }
    }

    private String revoke(String username, long id, String base, RedirectAttributes redirect) {
        tokens.revoke(username, id, CurrentUser.actor());
        redirect.addFlashAttribute("revoked", true);
        return "redirect:" + base;
    }

    private String page(Model model, String username, String base, CreatedAccessToken created) {
        model.addAttribute("tokenList", base.equals(OWN) ? tokens.list(username) : tokens.listOfAccount(username));
        model.addAttribute("owner", AccountDirectory.normalise(username));
        model.addAttribute("own", base.equals(OWN));
        model.addAttribute("base", base);
        model.addAttribute("created", created);
        AccessTokenPageForm form = (AccessTokenPageForm) model.getAttribute("form");
        if (form == null) {
            form = new AccessTokenPageForm();
            model.addAttribute("form", form);
        }
        if (form.getExpiresOn() == null) {
            form.setExpiresOn(tokens.defaultExpiry());
        }
        model.addAttribute("latestExpiry", tokens.latestExpiry());
        model.addAttribute("zone", clock.getZone());
        return "security/tokens";
    }
}
