package fr.clausematch.candidate;

import fr.clausematch.security.CurrentUser;
import fr.clausematch.web.PageController;
import fr.clausematch.web.SpreadsheetCsv;
import fr.clausematch.web.Spreadsheet;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;

/**
 * « Exporter pour un tableur » on the people list: the people the filter finds, as a {@code ;} CSV for a
 * spreadsheet ({@link SpreadsheetCsv}: formulas neutralised). No eligibility criterion is written (some are
 * sensitive); each person exported is audited, as for the exchange-format export.
 */
@PageController
class CandidateSheetExport {

    static final List<String> HEADER = List.of("identifiant", "territoire", "genre", "année de naissance", "commune",
            "QPV", "statut", "métiers", "niveau de qualification", "permis et habilitations", "distance maximale (km)",
            "disponible à partir du", "disponible jusqu'au", "heures par semaine au plus", "repéré le", "dernier contact");

    private final CandidateService candidates;

    CandidateSheetExport(CandidateService candidates) {
        this.candidates = candidates;
    }

    @GetMapping("/candidats/export.csv")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") CandidateFilter filter) {
        List<CandidateView> people = candidates.export(filter, CurrentUser.actor(), "export tableur");
        return Spreadsheet.download(Spreadsheet.Format.CSV, "candidats", "Candidats", HEADER, sheet -> {
            for (CandidateView c : people) {
                sheet.row(c.id(), c.territory(), c.gender(), c.birthYear(), c.place().commune(), c.place().qpvCode(), c.status(),
                        String.join(" | ", c.trades()), c.qualificationLevel(), String.join(" | ", c.licences()),
                        c.maxDistanceKm(), c.availableFrom(), c.availableUntil(), c.maxHoursPerWeek(), c.registeredOn(),
                        c.lastContactOn());
            }
        });
    }
}
