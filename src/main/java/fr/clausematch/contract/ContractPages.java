package fr.clausematch.contract;

import fr.clausematch.matching.model.ContractType;
import fr.clausematch.territory.TerritoryRepository;
import fr.clausematch.web.PageController;
import fr.clausematch.web.Pager;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Facilitators' pages on contracts: the list with how far each is filled, and one contract with its slots. */
@PageController
@RequestMapping("/contrats")
class ContractPages {

    static final int PAGE_SIZE = 50;

    private final ContractService contracts;
    private final ContractFill fill;
    private final TerritoryRepository territories;

    ContractPages(ContractService contracts, ContractFill fill, TerritoryRepository territories) {
        this.contracts = contracts;
        this.fill = fill;
        this.territories = territories;
    }

    @GetMapping
    String list(@ModelAttribute("filter") ContractFilter filter, @RequestParam(defaultValue = "0") int page,
                Model model, HttpServletRequest request) {
        Page<ContractSummary> found = contracts.page(filter,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("externalId")));
        model.addAttribute("rows", fill.rows(found.getContent()));
        model.addAttribute("pager", Pager.of(found, request));
        model.addAttribute("territories", territories.findAll(Sort.by("code")));
        model.addAttribute("types", ContractType.values());
        model.addAttribute("statuses", ContractStatus.values());
        model.addAttribute("buyers", contracts.buyers());
        return "contracts/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String id, Model model) {
        ContractView contract = contracts.get(id);
        var fills = fill.slots(id);
        model.addAttribute("contract", contract);
        model.addAttribute("fills", fills);
        model.addAttribute("filledHours", contract.slots().stream()
                .filter(s -> fills.containsKey(s.id())).mapToLong(SlotView::hours).sum());
        return "contracts/detail";
    }
}
