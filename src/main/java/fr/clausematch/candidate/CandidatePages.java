package fr.clausematch.candidate;

import fr.clausematch.security.CurrentUser;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.Gender;
import fr.clausematch.territory.Territory;
import fr.clausematch.territory.TerritoryRepository;
import fr.clausematch.shared.ConflictException;
import fr.clausematch.web.FormErrors;
import fr.clausematch.web.ListTextEditor;
import fr.clausematch.shared.InvalidFieldException;
import fr.clausematch.web.PageController;
import fr.clausematch.web.Pager;
import fr.clausematch.web.TradeNames;
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
    private final CandidateMapper mapper;
    private final TerritoryRepository territories;
    private final Validator validator;
    private final Clock clock;
    private final TradeNames trades;

    CandidatePages(CandidateService candidates, CandidateMapper mapper, TerritoryRepository territories,
                   Validator validator, Clock clock, TradeNames trades) {
        this.candidates = candidates;
        this.mapper = mapper;
        this.territories = territories;
        this.validator = validator;
        this.clock = clock;
        this.trades = trades;
    }

    /**
     * Blank texts are not given; trades (codes, or names chosen from the referential) and licences are typed as
     * text; the date of last contact is the service's.
     */
    @InitBinder("form")
    void formFields(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        ListTextEditor.register(binder, "licences");
        trades.bindList(binder, "trades");
        binder.setDisallowedFields("lastContactOn");
    }

    @GetMapping
    String list(@ModelAttribute("filter") CandidateFilter typed, @RequestParam(defaultValue = "0") int page,
                Model model, HttpServletRequest request) {
        CandidateFilter filter = new CandidateFilter(typed.territory(), typed.status(), typed.qpv(), typed.qpvCode(),
                typed.gender(), trades.code(typed.trade()), typed.q()); // a trade chosen by its name filters by its code
        model.addAttribute("filter", filter);
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
        model.addAttribute("form", CandidateForm.blank(known.isEmpty() ? null : known.get(0).getCode(), LocalDate.now(clock)));
        return form(model, false);
    }

    @PostMapping
    String create(@ModelAttribute("form") CandidateForm form, BindingResult result, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        check(form, result);
        if (!result.hasErrors()) {
            try {
                CandidateView saved = candidates.create(form, CurrentUser.actor());
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
        model.addAttribute("form", mapper.toForm(candidates.get(id, CurrentUser.actor())));
        return form(model, true);
    }

    @PostMapping("/{id}")
    String update(@PathVariable String id, @ModelAttribute("form") CandidateForm form, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        form.setId(id);
        check(form, result);
        if (!result.hasErrors()) {
            try {
                candidates.update(id, form, CurrentUser.actor());
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

    private void check(CandidateForm form, BindingResult result) {
        FormErrors.addViolations(validator.validate(form), result, ALIASES);
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
