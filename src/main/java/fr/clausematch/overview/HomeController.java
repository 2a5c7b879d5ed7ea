package fr.clausematch.overview;

import fr.clausematch.security.CurrentUser;
import fr.clausematch.web.PageController;
import fr.clausematch.security.Role;
import fr.clausematch.security.SignedInUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Set;

/** The plain home page: what the database holds, per territory, within the user's reach. */
@PageController
class HomeController {

    private final TerritoryOverview queries;

    HomeController(TerritoryOverview queries) {
        this.queries = queries;
    }

    /**
     * A facilitator sees the figures of their territories, an administrator those of every territory; a
     * buyer's home is the list of their contracts.
     */
    @GetMapping("/")
    String home(Model model) {
        SignedInUser user = CurrentUser.get();
        if (user.is(Role.BUYER)) {
            return "redirect:/acheteurs/contrats";
        }
        Set<String> scope = user.is(Role.ADMIN) ? null : user.territories();
        HomeFigures figures = queries.home(scope);
        model.addAttribute("figures", figures);
        return "index";
    }
}
