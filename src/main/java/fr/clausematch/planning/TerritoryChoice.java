package fr.clausematch.planning;

import fr.clausematch.territory.Territory;
import fr.clausematch.territory.TerritoryRepository;
import fr.clausematch.web.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.ui.Model;

import java.util.List;

/** The territory a planning page shows: the one asked for, else the first; the list to choose from goes in the model. */
final class TerritoryChoice {

    private TerritoryChoice() {
    }

    /** @return the chosen territory's code, or null when there is no territory yet */
    static String choose(TerritoryRepository territories, String requested, Model model) {
        List<Territory> known = territories.findAll(Sort.by("code"));
        String chosen = requested != null && !requested.isBlank() ? requested
                : known.isEmpty() ? null : known.get(0).getCode();
        if (chosen != null && !territories.existsById(chosen)) {
            throw new NotFoundException("Territoire", chosen);
        }
        model.addAttribute("territories", known);
        model.addAttribute("territory", chosen);
        return chosen;
    }
}
