package fr.clausematch.planning;

import fr.clausematch.web.Spreadsheet;
import fr.clausematch.web.TradeNames;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A plan for a spreadsheet ({@code .xlsx} or {@code ;} CSV, {@link Spreadsheet}: formulas neutralised): one row per
 * slot of its territory, as the plan page lists them — contract, trade (code and name), place, dates, hours, the
 * person proposed by the pseudonymous id the application uses (never a name), the pairing's status and the
 * explanation in words, in the reader's language. Scoped as the plan page: a plan of another territory is not found.
 * The page routes ({@code /plans/{id}/export.xlsx}, {@code .csv}: {@link PlanPages}) and the API's
 * ({@link PlanController}) answer it.
 */
@Component
class PlanExport {

    static final List<String> COLUMNS = List.of("slot", "contract", "contractTitle", "contractType", "trade", "tradeName",
            "commune", "startDate", "endDate", "hours", "person", "status", "explanation");

    private final PlanReading planning;
    private final PlanSlots slots;
    private final PlanExplanationService explanations;
    private final TradeNames trades;
    private final MessageSource messages;

    PlanExport(PlanReading planning, PlanSlots slots, PlanExplanationService explanations, TradeNames trades,
               MessageSource messages) {
        this.planning = planning;
        this.slots = slots;
        this.explanations = explanations;
        this.trades = trades;
        this.messages = messages;
    }

    /** The plan's spreadsheet download. */
    ResponseEntity<byte[]> export(long id, Spreadsheet.Format format) {
        PlanView plan = planning.view(id); // scope first: not found outside the user's territories
        Locale locale = LocaleContextHolder.getLocale();
        List<PlanSlots.Row> rows = slots.of(id, plan.territory(), 0, Math.max(1, slots.count(plan.territory())));
        Map<String, String> why = new HashMap<>();
        if (plan.indicators() != null) {
            explanations.explain(id).slots().forEach(s -> why.put(s.slotId(), String.join(" ", s.reasons())));
        }
        List<String> header = COLUMNS.stream().map(c -> word("export.plan." + c, locale)).toList();
        return Spreadsheet.download(format, "plan-" + id, word("export.plan.sheet", locale), header,
                sheet -> rows.forEach(r -> sheet.row(r.slot(), r.contract(), r.contractTitle(),
                        word("ContractType." + r.contractType(), locale), r.trade(), trades.name(r.trade()), r.commune(),
                        r.startDate(), r.endDate(), r.hours(), r.candidate(),
                        r.status() == null ? word("contracts.open", locale) : word("AssignmentStatus." + r.status(), locale),
                        why.get(r.slot()))));
    }

    private String word(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
