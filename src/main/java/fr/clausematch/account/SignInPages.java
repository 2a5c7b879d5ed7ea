package fr.clausematch.account;


import fr.clausematch.security.CurrentUser;
import fr.clausematch.web.PageController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
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

    /**
     * Every method: Spring Security forwards the refused request here as it came, a POST included (a form
     * sent without its CSRF token, or with the token of a session that has expired, says so).
     */
    @RequestMapping("/acces-refuse")
    String refused(Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("status", 403);
        model.addAttribute("messageKey", request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException
                ? "error.csrf" : "error.forbidden");
        return "error-page";
    }
}
