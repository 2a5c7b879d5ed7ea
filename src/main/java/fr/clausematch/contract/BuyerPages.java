package fr.clausematch.contract;

import fr.clausematch.security.CurrentUser;
import fr.clausematch.security.Role;
import fr.clausematch.security.SignedInUser;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.LegalBasis;
import fr.clausematch.territory.TerritoryRepository;
import fr.clausematch.shared.AccessRefusedException;
import fr.clausematch.shared.ConflictException;
import fr.clausematch.web.FormErrors;
import fr.clausematch.web.ListTextEditor;
import fr.clausematch.shared.InvalidFieldException;
import fr.clausematch.web.PageController;
import fr.clausematch.web.Spreadsheet;
import fr.clausematch.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import fr.clausematch.web.TradeNames;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Buyers' pages: submit a contract's needs (with the helper that sizes the insertion hours) and follow
 * their contracts. A buyer sees hours only, never anything about a person.
 */
@PageController
@RequestMapping("/acheteurs")
class BuyerPages {

    private static final Map<String, String> ALIASES = Map.of(
            "periodValid", "endDate",
            "minQualificationLevelValid", "minQualificationLevel",
            "slotIdsUnique", "slots");
    private static final String ID_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The most contracts the page and its export list. */
    private static final int EXPORT_MAX = 500;
    private static final List<String> EXPORT_COLUMNS = List.of("id", "title", "type", "legalBasis", "commune", "startDate",
            "endDate", "status", "requiredHours", "slotHours", "filledHours", "openHours", "filledPercent");
    private static final String CONTRACTS_REFUSED = "vous n'avez accès qu'aux contrats de ";
    private static final String NEED_REFUSED = "vous ne pouvez déposer des besoins que pour ";

    private final ContractService contracts;
    private final ContractFill fill;
    private final TerritoryRepository territories;
    private final Validator validator;
    private final Clock clock;
    private final TradeNames trades;
    private final MessageSource messages;

    BuyerPages(ContractService contracts, ContractFill fill, TerritoryRepository territories, Validator validator,
               Clock clock, TradeNames trades, MessageSource messages) {
        this.messages = messages;
        this.contracts = contracts;
        this.fill = fill;
        this.territories = territories;
        this.validator = validator;
        this.clock = clock;
        this.trades = trades;
    }

    /**
     * Blank texts are not given, licences are typed as text, a slot's trade as its code or its name; what a
     * submission sets itself is never taken from the page.
     */
    @InitBinder("form")
    void formFields(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        ListTextEditor.register(binder, "slots.requiredLicences");
        trades.bindOne(binder, "slots.trade");
        binder.setDisallowedFields("status", "version", "slots*.id", "slots*.version");
    }

    @GetMapping("/besoin")
    String needForm(@RequestParam(name = "acheteur", required = false) String buyer, Model model) {
        NeedForm form = NeedForm.blank();
        form.setBuyer(ownBuyerOr(buyer, NEED_REFUSED));
        model.addAttribute("form", form);
        return needPage(form, model);
    }

    /**
     * One form, several buttons: {@code compute} sizes the hours, {@code addSlot} / {@code removeSlot-N}
     * change the slot rows, anything else submits the needs.
     */
    @PostMapping("/besoin")
    String submitNeed(@ModelAttribute("form") NeedForm form, BindingResult result,
                      @RequestParam(defaultValue = "submit") String action, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) {
        form.setBuyer(ownBuyerOr(form.getBuyer(), NEED_REFUSED));
        if (action.equals("compute")) {
            Integer hours = helper(form, result, true);
            if (hours != null) {
                form.setRequiredHours(hours);
            }
            return needPage(form, model);
        }
        if (action.equals("addSlot")) {
            form.addSlot();
            return needPage(form, model);
        }
        if (action.startsWith("removeSlot-")) {
            int index = Integer.parseInt(action.substring("removeSlot-".length()));
            if (index >= 0 && index < form.getSlots().size()) {
                form.getSlots().remove(index);
            }
            return needPage(form, model);
        }
        String typedId = form.getId();
        form.submitAs(typedId == null ? newContractId() : typedId);
        FormErrors.addViolations(validator.validate(form), result, ALIASES);
        if (form.getSlots().isEmpty()) {
            FormErrors.field(result, "slots", "ajoutez au moins un poste");
        }
        if (!result.hasErrors()) {
            try {
                ContractView saved = contracts.create(form);
                redirect.addFlashAttribute("submitted", saved.id());
                return "redirect:" + UriComponentsBuilder.fromPath("/acheteurs/contrats")
                        .queryParam("acheteur", saved.buyer()).build().encode().toUriString();
            } catch (InvalidFieldException e) {
                e.errors().forEach(error -> FormErrors.field(result, error.field(), error.message()));
            } catch (ConflictException | OptimisticLockingFailureException | DataIntegrityViolationException e) {
                FormErrors.global(result, e instanceof ConflictException ? e.getMessage()
                        : "l'identifiant du contrat ou d'un poste est déjà pris : choisissez-en un autre");
            }
        }
        form.setId(typedId); // shown again as typed: an id made up is made up anew
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return needPage(form, model);
    }

    /**
     * A buyer's own contracts, without a chooser; a facilitator chooses the buyer (and sees that buyer's contracts in
     * their territories). A buyer's request naming another buyer is refused (403), as the API refuses it.
     */
    @GetMapping("/contrats")
    String buyerContracts(@RequestParam(name = "acheteur", required = false) String requested, Model model) {
        String buyer = ownBuyerOr(requested, CONTRACTS_REFUSED);
        List<BuyerView> buyers = contracts.buyers();
        boolean signedInBuyer = CurrentUser.get().is(Role.BUYER);
        model.addAttribute("signedInBuyer", signedInBuyer);
        model.addAttribute("buyers", signedInBuyer ? List.of() : buyers);
        model.addAttribute("buyer", buyers.stream().filter(b -> b.code().equals(buyer)).findFirst().orElse(null));
        if (buyer != null && !buyer.isBlank()) {
            List<ContractFill.Row> rows = rows(buyer);
            model.addAttribute("rows", rows);
            model.addAttribute("totalRequired", rows.stream().mapToLong(r -> r.contract().requiredHours()).sum());
            model.addAttribute("totalFilled", rows.stream().mapToLong(ContractFill.Row::filledHours).sum());
            model.addAttribute("totalOpen", rows.stream().mapToLong(ContractFill.Row::openHours).sum());
        }
        return "buyers/contracts";
    }

    /** The buyer's contracts (those the user may see) with their fill, the latest first. */
    private List<ContractFill.Row> rows(String buyer) {
        var page = contracts.page(new ContractFilter(null, null, null, null, null, null, buyer, null),
                PageRequest.of(0, EXPORT_MAX, Sort.by(Sort.Direction.DESC, "startDate").and(Sort.by("externalId"))));
        return fill.rows(page.getContent());
    }

    /**
     * « Mes contrats » as an {@code .xlsx} workbook ({@link Spreadsheet}: formulas neutralised): one row per contract with
     * its clause, dates, status and fill (hours due, in slots, filled by the latest plans, still open, %). The same
     * contracts as the page: a buyer's own (another buyer's code: 403), a facilitator's chosen buyer's in her
     * territories. Hours only, nothing about a person.
     */
    @GetMapping("/contrats/export.xlsx")
    ResponseEntity<byte[]> exportContracts(@RequestParam(name = "acheteur", required = false) String requested) {
        String buyer = ownBuyerOr(requested, CONTRACTS_REFUSED);
        if (buyer == null || buyer.isBlank()) {
            throw new NotFoundException("Acheteur", "");
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<String> header = EXPORT_COLUMNS.stream().map(c -> messages.getMessage("export.contracts." + c, null, locale)).toList();
        List<ContractFill.Row> rows = rows(buyer);
        return Spreadsheet.download(Spreadsheet.Format.XLSX, "contrats-" + buyer,
                messages.getMessage("export.contracts.sheet", null, locale), header, sheet -> rows.forEach(r -> {
                    ContractSummary c = r.contract();
                    sheet.row(c.id(), c.title(), messages.getMessage("ContractType." + c.type(), null, locale),
                            messages.getMessage("LegalBasis." + c.legalBasis(), null, c.legalBasis().name(), locale),
                            c.commune(), c.startDate(), c.endDate(),
                            messages.getMessage("ContractStatus." + c.status(), null, locale), c.requiredHours(),
                            c.slotHours(), r.filledHours(), r.openHours(), r.filledPercent());
                }));
    }

    /**
     * A buyer acts for their own organisation: a request that names none is theirs, one that names another buyer is
     * refused (403: the signed-in buyer is known and may not act there; the API answers the same). Others act for
     * the buyer they chose.
     */
    private static String ownBuyerOr(String requested, String refusal) {
        SignedInUser user = CurrentUser.get();
        if (!user.is(Role.BUYER)) {
            return requested;
        }
        if (requested != null && !requested.isBlank() && !requested.equals(user.buyerCode())) {
            throw new AccessRefusedException(refusal + user.buyerCode());
        }
        return user.buyerCode();
    }

    /** The helper's result, or null when a figure is missing; with {@code report}, says which next to each field. */
    private Integer helper(NeedForm form, BindingResult result, boolean report) {
        boolean ok = figure(form.getAmount(), "amount", "le montant du marché est obligatoire", null, result, report)
                & figure(form.getLabourShare(), "labourShare", "la part de main-d'œuvre est obligatoire", 100, result, report)
                & figure(form.getInsertionRate(), "insertionRate", "le taux d'insertion est obligatoire", 100, result, report)
                & figure(form.getHourlyCost(), "hourlyCost", "le coût horaire est obligatoire", null, result, report);
        if (form.getHourlyCost() != null && form.getHourlyCost().signum() == 0) {
            if (report) {
                FormErrors.field(result, "hourlyCost", "le coût horaire doit être supérieur à zéro");
            }
            return null;
        }
        return ok ? new InsertionHours(form.getAmount(), form.getLabourShare(), form.getInsertionRate(),
                form.getHourlyCost()).hours() : null;
    }

    private static boolean figure(BigDecimal value, String field, String missing, Integer max, BindingResult result,
                                  boolean report) {
        String problem = result.hasFieldErrors(field) ? "" : value == null ? missing
                : value.signum() < 0 ? "valeur positive ou nulle attendue"
                : max != null && value.compareTo(BigDecimal.valueOf(max)) > 0 ? "pourcentage entre 0 et 100" : null;
        if (problem != null && report && !problem.isEmpty()) {
            FormErrors.field(result, field, problem);
        }
        return problem == null;
    }

    private String needPage(NeedForm form, Model model) {
        model.addAttribute("helperHours", helper(form, new org.springframework.validation.BeanPropertyBindingResult(form, "helper"), false));
        List<BuyerView> buyers = contracts.buyers();
        boolean signedInBuyer = CurrentUser.get().is(Role.BUYER);
        model.addAttribute("signedInBuyer", signedInBuyer);
        model.addAttribute("buyers", buyers);
        model.addAttribute("ownBuyer", signedInBuyer ? buyers.stream().filter(b -> b.code().equals(form.getBuyer()))
                .findFirst().orElse(null) : null);
        model.addAttribute("territories", territories.findAll(Sort.by("code")));
        model.addAttribute("types", ContractType.values());
        model.addAttribute("legalBases", LegalBasis.values());
        return "buyers/need";
    }

    private String newContractId() {
        StringBuilder id = new StringBuilder("B-").append(LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE)).append('-');
        for (int i = 0; i < 5; i++) {
            id.append(ID_CHARS.charAt(RANDOM.nextInt(ID_CHARS.length())));
        }
        return id.toString();
    }
}
