package fr.clausematch.account;

import fr.clausematch.security.Role;
import fr.clausematch.security.CurrentUser;

import fr.clausematch.shared.ConflictException;
import fr.clausematch.web.FormErrors;
import fr.clausematch.shared.InvalidFieldException;
import fr.clausematch.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The administrator's pages on accounts ({@code /admin/**} is for administrators only): the list, a new
 * account, and per account its role and scope, a password reset and an unlock.
 */
@PageController
@ConditionalOnWebApplication
@RequestMapping("/admin")
class UserAccountPages {

    private static final String LIST = "/admin/utilisateurs";

    private final UserAccountService accounts;
    private final Clock clock;

    UserAccountPages(UserAccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Blanks to null and trimmed text, except the passwords, kept exactly as typed. */
    @InitBinder("form")
    void trimBlankToNull(WebDataBinder binder) {
        for (String field : new String[] {"username", "displayName", "otherTerritories", "buyerCode"}) {
            binder.registerCustomEditor(String.class, field, new StringTrimmerEditor(true));
        }
    }

    @GetMapping("/utilisateurs")
    String list(Model model) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("now", clock.instant());
        return "admin/users";
    }

    @GetMapping("/nouveau-compte")
    String createForm(Model model) {
        model.addAttribute("form", new AccountPageForm());
        return form(model, null);
    }

    @PostMapping("/utilisateurs")
    String create(@ModelAttribute("form") AccountPageForm form, BindingResult result, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            AccountView created = accounts.create(form.toNewAccount(), CurrentUser.actor());
            return saved(redirect, "created", created.username(), LIST);
        } catch (InvalidFieldException e) {
            fieldErrors(result, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (ConflictException | DataIntegrityViolationException e) {
            FormErrors.field(result, "username", e instanceof ConflictException ? e.getMessage()
                    : "l'identifiant " + form.getUsername() + " est déjà pris : choisissez-en un autre");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        return form(model, null);
    }

    @GetMapping("/utilisateurs/{username}")
    String editForm(@PathVariable String username, Model model) {
        AccountView account = accounts.get(username);
        model.addAttribute("form", AccountPageForm.of(account, accounts.knownTerritories().keySet()));
        model.addAttribute("passwordForm", new PasswordPageForm());
        return form(model, account);
    }

    @PostMapping("/utilisateurs/{username}")
    String update(@PathVariable String username, @ModelAttribute("form") AccountPageForm form, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AccountView account = accounts.get(username);
        form.setUsername(account.username());
        model.addAttribute("passwordForm", new PasswordPageForm());
        try {
            accounts.update(account.username(), form.toChange(), CurrentUser.actor());
            return saved(redirect, "updated", account.username(), LIST);
        } catch (InvalidFieldException e) {
            fieldErrors(result, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (ConflictException | OptimisticLockingFailureException e) {
            FormErrors.conflict(result, e);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        return form(model, account);
    }

    @PostMapping("/utilisateurs/{username}/mot-de-passe")
    String resetPassword(@PathVariable String username, @ModelAttribute("passwordForm") PasswordPageForm form,
                         BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AccountView account = accounts.get(username);
        try {
            accounts.resetPassword(account.username(), form.toReset(), CurrentUser.actor());
            return saved(redirect, "password", account.username(), LIST + "/" + account.username());
        } catch (InvalidFieldException e) {
            fieldErrors(result, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("form", AccountPageForm.of(account, accounts.knownTerritories().keySet()));
        return form(model, account);
    }

    @PostMapping("/utilisateurs/{username}/deblocage")
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        AccountView account = accounts.unlock(username, CurrentUser.actor());
        return saved(redirect, "unlocked", account.username(), LIST + "/" + account.username());
    }

    private static String saved(RedirectAttributes redirect, String what, String username, String to) {
        redirect.addFlashAttribute("saved", what);
        redirect.addFlashAttribute("savedAccount", username);
        return "redirect:" + to;
    }

    private static void fieldErrors(BindingResult result, InvalidFieldException e) {
        e.errors().forEach(error -> FormErrors.field(result, error.field(), error.message()));
    }

    /** The account form; {@code account} is null for a new account. */
    private String form(Model model, AccountView account) {
        model.addAttribute("account", account);
        model.addAttribute("editing", account != null);
        model.addAttribute("roles", Role.values());
        model.addAttribute("territoryChoices", accounts.knownTerritories());
        Map<String, String> buyers = new LinkedHashMap<>(accounts.knownBuyers());
        if (account != null && account.buyerCode() != null) {
            buyers.putIfAbsent(account.buyerCode(), account.buyerCode());
        }
        model.addAttribute("buyers", buyers);
        model.addAttribute("zone", clock.getZone());
        return "admin/user-form";
    }
}
