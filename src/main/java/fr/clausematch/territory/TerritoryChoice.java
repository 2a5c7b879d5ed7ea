package fr.clausematch.territory;

import fr.clausematch.security.CurrentUser;
import fr.clausematch.security.Role;
import fr.clausematch.security.SignedInUser;
import fr.clausematch.shared.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.ui.Model;

import java.util.List;

/**
 * The territory a page of one territory (plans, dashboard) shows: the one asked for, else the first the user works on (any, for an
 * administrator); the list to choose from, limited to the same, goes in the model.
 */
public final class TerritoryChoice {

    private TerritoryChoice() {
    }

    /** @return the chosen territory's code, or null when there is no territory yet */
    public static String choose(TerritoryRepository territories, String requested, Model model) {
        SignedInUser user = CurrentUser.get();
        List<Territory> known = territories.findAll(Sort.by("code")).stream()
                .filter(t -> user.is(Role.ADMIN) || user.worksOn(t.getCode())).toList();
        boolean asked = requested != null && !requested.isBlank();
        String chosen = asked ? requested : known.isEmpty() ? null : known.get(0).getCode();
        if (chosen != null && !territories.existsById(chosen)) {
            throw new NotFoundException("Territoire", chosen);
        }
        if (asked) {
            CurrentUser.requireTerritoryFigures(requested);
        }
        model.addAttribute("territories", known);
        model.addAttribute("territory", chosen);
        return chosen;
    }
}
