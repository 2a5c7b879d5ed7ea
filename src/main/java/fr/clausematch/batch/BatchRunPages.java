package fr.clausematch.batch;

import fr.clausematch.shared.ConflictException;
import fr.clausematch.web.PageController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.ZoneId;

/** The administrators' pages of batch runs: the list, one run with its territories live, restart and stop. */
@PageController
@ConditionalOnWebApplication
@RequestMapping("/admin/batch-runs")
class BatchRunPages {

    private static final java.util.List<String> STATES = java.util.List.of("PENDING", "STARTING", "STARTED", "STOPPING",
            "STOPPED", "FAILED", "COMPLETED", "ABANDONED", "UNKNOWN", RunView.INTERRUPTED);

    private final BatchRuns runs;
    private final BatchRunEvents events;

    BatchRunPages(BatchRuns runs, BatchRunEvents events) {
        this.runs = runs;
        this.events = events;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("runs", runs.list());
        model.addAttribute("zone", ZoneId.systemDefault());
        return "batch/runs";
    }

    @GetMapping("/{id}")
    String run(@PathVariable long id, Model model) {
        model.addAttribute("run", runs.get(id));
        model.addAttribute("states", STATES);
        model.addAttribute("zone", ZoneId.systemDefault());
        return "batch/run";
    }

    @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable long id) {
        return events.listen(id);
    }

    @PostMapping("/{id}/reprise")
    String restart(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "restarted", () -> runs.restart(id));
    }

    @PostMapping("/{id}/arret")
    String stop(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "stopped", () -> runs.stop(id));
    }

    /** Does it, or says on the run's page why it was refused. */
    private static String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refused", e.getMessage());
        }
        return "redirect:/admin/batch-runs/" + id;
    }
}
