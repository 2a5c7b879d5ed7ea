package fr.clausematch.security;

import fr.clausematch.web.PageController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and the page shown when a role does not reach a page. */
@PageController
@ConditionalOnWebApplication
class SignInPages {

    private final AccountBootstrap bootstrap;

    SignInPages(AccountBootstrap bootstrap) {
        this.bootstrap = bootstrap;
    }

    @GetMapping("/connexion")
    String signIn(@RequestParam(name = "erreur", required = false) String error,
                  @RequestParam(name = "deconnecte", required = false) String signedOut, Model model) {
        if (CurrentUser.find().isPresent() && error == null) {
            return "redirect:/";
        }
        model.addAttribute("error", error == null ? null : "desactive".equals(error) ? "disabled" : "refused");
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("demoAccountsFile", bootstrap.demoAccountsFile().orElse(null));
        return "security/sign-in";
    }

    @GetMapping("/acces-refuse")
    String refused(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("status", 403);
        model.addAttribute("messageKey", "error.forbidden");
        return "error-page";
    }
}
