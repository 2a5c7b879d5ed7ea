package fr.clausematch.candidate;

import fr.clausematch.security.CurrentUser;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.Gender;
import fr.clausematch.territory.Territory;
import fr.clausematch.territory.TerritoryRepository;
import fr.clausematch.shared.ConflictException;
import fr.clausematch.web.FormErrors;
import fr.clausematch.shared.InvalidFieldException;
import fr.clausematch.web.PageController;
import fr.clausematch.web.Pager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Facilitators' pages on people: list with filters, detail, register and edit. */
@PageController
@RequestMapping("/candidats")
class CandidatePages {

    static final int PAGE_SIZE = 50;
    private static final Map<String, String> ALIASES = Map.of(
            "qualificationLevelValid", "qualificationLevel",
            "availabilityWindowValid", "availableUntil");

    private final CandidateService candidates;
    private final TerritoryRepository territories;
    private final Validator validator;
    private final Clock clock;

    CandidatePages(CandidateService candidates, TerritoryRepository territories, Validator validator, Clock clock) {
        this.candidates = candidates;
        this.territories = territories;
        this.validator = validator;
        this.clock = clock;
    }

    @InitBinder("form")
    void trimBlankToNull(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping
    String list(@ModelAttribute("filter") CandidateFilter filter, @RequestParam(defaultValue = "0") int page,
                Model model, HttpServletRequest request) {
        Page<CandidateView> found = candidates.page(filter,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("externalId")));
        model.addAttribute("candidates", found.getContent());
        model.addAttribute("pager", Pager.of(found, request));
        choices(model);
        return "candidates/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String id, Model model) {
        model.addAttribute("candidate", candidates.get(id, CurrentUser.actor()));
        return "candidates/detail";
    }

    @GetMapping("/nouveau")
    String createForm(Model model) {
        List<Territory> known = territoryList();
        model.addAttribute("form", CandidatePageForm.blank(known.isEmpty() ? null : known.get(0).getCode(), LocalDate.now(clock)));
        return form(model, false);
    }

    @PostMapping
    String create(@ModelAttribute("form") CandidatePageForm form, BindingResult result, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        CandidateForm checked = check(form, result);
        if (!result.hasErrors()) {
            try {
                CandidateView saved = candidates.create(checked, CurrentUser.actor());
                redirect.addFlashAttribute("saved", "created");
                return "redirect:/candidats/" + saved.id();
            } catch (InvalidFieldException e) {
                e.errors().forEach(error -> FormErrors.field(result, error.field(), error.message()));
            } catch (ConflictException | OptimisticLockingFailureException e) {
                FormErrors.conflict(result, e);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, false);
    }

    @GetMapping("/{id}/modifier")
    String editForm(@PathVariable String id, Model model) {
        model.addAttribute("form", CandidatePageForm.of(candidates.get(id, CurrentUser.actor())));
        return form(model, true);
    }

    @PostMapping("/{id}")
    String update(@PathVariable String id, @ModelAttribute("form") CandidatePageForm form, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        form.setId(id);
        CandidateForm checked = check(form, result);
        if (!result.hasErrors()) {
            try {
                candidates.update(id, checked, CurrentUser.actor());
                redirect.addFlashAttribute("saved", "updated");
                return "redirect:/candidats/" + id;
            } catch (InvalidFieldException e) {
                e.errors().forEach(error -> FormErrors.field(result, error.field(), error.message()));
            } catch (ConflictException | OptimisticLockingFailureException e) {
                FormErrors.conflict(result, e);
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return form(model, true);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, true);
    }

    private CandidateForm check(CandidatePageForm form, BindingResult result) {
        CandidateForm checked = form.toForm();
        FormErrors.addViolations(validator.validate(checked), result, ALIASES);
        return checked;
    }

    private String form(Model model, boolean editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("criteria", EligibilityCriterion.values());
        choices(model);
        return "candidates/form";
    }

    private void choices(Model model) {
        model.addAttribute("territories", territoryList());
        model.addAttribute("statuses", CandidateStatus.values());
        model.addAttribute("genders", Gender.values());
    }

    private List<Territory> territoryList() {
        return territories.findAll(Sort.by("code"));
    }
}
