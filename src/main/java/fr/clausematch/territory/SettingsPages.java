package fr.clausematch.territory;

import fr.clausematch.security.CurrentUser;
import fr.clausematch.shared.FieldError;
import fr.clausematch.shared.InvalidFieldException;
import fr.clausematch.shared.NotFoundException;
import fr.clausematch.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A territory's diversity targets and constraint weights: each with its default, saved all or nothing. */
@PageController
@RequestMapping("/territoires/{code}/reglages")
class SettingsPages {

    /** Form fields are named {@code s:<setting>} so that nothing else of the request is taken for a setting. */
    static final String PREFIX = "s:";

    private final TerritorySettingsService settings;
    private final TerritoryRepository territories;

    SettingsPages(TerritorySettingsService settings, TerritoryRepository territories) {
        this.settings = settings;
        this.territories = territories;
    }

    @GetMapping
    String show(@PathVariable String code, Model model) {
        List<SettingView> current = settings.view(code);
        return page(code, current, current.stream().collect(
                Collectors.toMap(SettingView::name, SettingView::value, (a, b) -> a, LinkedHashMap::new)), Map.of(), model);
    }

    @PostMapping
    String save(@PathVariable String code, @RequestParam Map<String, String> params, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        List<SettingView> current = settings.view(code);
        Map<String, String> typed = new LinkedHashMap<>();
        for (SettingView s : current) {
            if (s.editable() && params.containsKey(PREFIX + s.name())) {
                typed.put(s.name(), params.get(PREFIX + s.name()));
            }
        }
        try {
            settings.update(code, typed, CurrentUser.actor());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/territoires/" + code + "/reglages";
        } catch (InvalidFieldException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> values = new LinkedHashMap<>();
            current.forEach(s -> values.put(s.name(), typed.getOrDefault(s.name(), s.value())));
            return page(code, current, values, e.errors().stream().collect(
                    Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a, LinkedHashMap::new)), model);
        }
    }

    private String page(String code, List<SettingView> current, Map<String, String> values, Map<String, String> errors,
                        Model model) {
        model.addAttribute("territory", territories.findById(code).orElseThrow(() -> new NotFoundException("Territoire", code)));
        model.addAttribute("targets", current.stream().filter(s -> s.name().startsWith("target.")).toList());
        model.addAttribute("weights", current.stream().filter(s -> s.name().startsWith("weight.") && s.editable()).toList());
        model.addAttribute("others", current.stream().filter(s -> !s.name().startsWith("target.")
                && !(s.name().startsWith("weight.") && s.editable())).toList());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("prefix", PREFIX);
        return "plans/settings";
    }
}
