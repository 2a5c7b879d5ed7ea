package fr.clausematch.audit;

import fr.clausematch.web.PageController;
import fr.clausematch.web.Pager;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;

/** The administrator's page of the audit log, with the filters of {@code GET /api/audit}; times in the application's zone, as the date filters. */
@PageController
@RequestMapping("/admin/journal")
class AuditPages {

    static final int PAGE_SIZE = 50;

    private final AuditLog log;
    private final Clock clock;

    AuditPages(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @GetMapping
    String journal(@ModelAttribute("filter") AuditFilter filter, @RequestParam(defaultValue = "0") int page,
                   Model model, HttpServletRequest request) {
        Page<AuditEvent> found = log.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("events", found.getContent());
        model.addAttribute("pager", Pager.of(found, request));
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("zone", clock.getZone());
        return "audit/journal";
    }
}
