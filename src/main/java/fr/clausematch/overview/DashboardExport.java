package fr.clausematch.overview;

import com.fasterxml.jackson.databind.JsonNode;
import fr.clausematch.planning.PlanView;
import fr.clausematch.shared.NotFoundException;
import fr.clausematch.territory.TerritoryChoice;
import fr.clausematch.territory.TerritoryRepository;
import fr.clausematch.web.PageController;
import fr.clausematch.web.Spreadsheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;

/**
 * A territory's dashboard for a spreadsheet ({@code .xlsx} or {@code ;} CSV, {@link Spreadsheet}), as a long table:
 * one row per figure and scope (all contracts, then each contract type) with the latest optimised plan's value,
 * the first-come-first-served baseline's and, where there is one, France's of 2020; shares in %; then the
 * commuting (km, kg CO2e). The territory is chosen as on the dashboard (only the user's own); 404 when it has no
 * finished plan.
 */
@PageController
class DashboardExport {

    static final List<String> COLUMNS = List.of("territory", "plan", "figure", "scope", "plan.value", "baseline", "national");

    private final DashboardPages dashboard;
    private final TerritoryRepository territories;
    private final MessageSource messages;

    DashboardExport(DashboardPages dashboard, TerritoryRepository territories, MessageSource messages) {
        this.dashboard = dashboard;
        this.territories = territories;
        this.messages = messages;
    }

    @GetMapping("/tableau-de-bord/export.{format:" + Spreadsheet.Format.PATTERN + "}")
    ResponseEntity<byte[]> export(@RequestParam(name = "territoire", required = false) String territory,
                                  @PathVariable String format) {
        String chosen = TerritoryChoice.choose(territories, territory, new ExtendedModelMap());
        PlanView plan = dashboard.latest(chosen);
        if (plan == null) {
            throw new NotFoundException("Plan terminé du territoire", String.valueOf(chosen));
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<DashboardPages.Scope> scopes = DashboardPages.scopes(plan.indicators(), plan.baselineIndicators());
        List<String> header = COLUMNS.stream().map(c -> word("export.dashboard." + c, locale)).toList();
        return Spreadsheet.download(Spreadsheet.Format.of(format), "tableau-de-bord-" + chosen,
                word("export.dashboard.sheet", locale), header, sheet -> {
                    for (DashboardPages.Scope s : scopes) {
                        boolean total = s.key().equals("TOTAL");
                        String scope = total ? word("dashboard.scope.total", locale) : word("ContractType." + s.key(), locale);
                        Row row = (figure, planValue, baseline, national) -> sheet.row(chosen, plan.id(),
                                word("export.dashboard.figure." + figure, locale), scope, planValue, baseline, national);
                        row.add("hoursRequired", s.hoursRequired(), null, null);
                        row.add("hoursInSlots", s.hoursInSlots(), null, null);
                        row.add("hoursAssigned", s.hoursAssigned(), s.baselineHoursAssigned(), null);
                        row.add("fill", percent(s.fill()), percent(s.baselineFill()), null);
                        row.add("fte", hundredth(s.fte()), hundredth(s.baselineFte()), null);
                        row.add("fteShare", percent(s.fteShare()), percent(s.baselineFteShare()),
                                s.key().equals("WORKS") ? percent(DashboardPages.NATIONAL_WORKS_FTE) : null);
                        row.add("women", percent(s.women()), percent(s.baselineWomen()),
                                total ? percent(DashboardPages.NATIONAL_WOMEN) : null);
                        row.add("qpv", percent(s.qpv()), percent(s.baselineQpv()),
                                total ? percent(DashboardPages.NATIONAL_QPV) : null);
                        if (total) {
                            row.add("kmTotal", number(plan.indicators(), "kmTotal"), number(plan.baselineIndicators(), "kmTotal"), null);
                            row.add("co2Kg", number(plan.indicators(), "co2Kg"), number(plan.baselineIndicators(), "co2Kg"), null);
                        }
                    }
                });
    }

    /** One figure of one scope. */
    @FunctionalInterface
    private interface Row {
        void add(String figure, Number plan, Number baseline, Number national);
    }

    private static Double percent(double share) {
        return Math.round(share * 1000) / 10.0;
    }

    private static Double hundredth(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static Double number(JsonNode indicators, String field) {
        return indicators == null || !indicators.path(field).isNumber() ? null : indicators.path(field).asDouble();
    }

    private String word(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
