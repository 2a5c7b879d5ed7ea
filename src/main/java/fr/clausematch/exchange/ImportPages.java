package fr.clausematch.exchange;

import fr.clausematch.security.CurrentUser;
import fr.clausematch.security.SignedInUser;
import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetFormatException;
import fr.clausematch.dataset.DatasetReader;
import fr.clausematch.territory.TerritoryRepository;
import fr.clausematch.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.Sort;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;

/** The import page: the three files of the exchange format, all or nothing, with every error of a refused set. */
@PageController
@RequestMapping("/import")
class ImportPages {


    private final DatasetImporter importer;
    private final TerritoryRepository territories;

    ImportPages(DatasetImporter importer, TerritoryRepository territories) {
        this.importer = importer;
        this.territories = territories;
    }

    @GetMapping
    String form(Model model) {
        SignedInUser user = CurrentUser.get();
        model.addAttribute("territories", territories.findAll(Sort.by("code")).stream()
                .filter(t -> user.worksOn(t.getCode())).toList());
        return "exchange/import";
    }

    @PostMapping
    String importFiles(@RequestParam(required = false) MultipartFile candidates,
                       @RequestParam(required = false) MultipartFile contracts,
                       @RequestParam(required = false) MultipartFile slots,
                       @RequestParam(required = false) String territory,
                       Model model, HttpServletResponse response) throws IOException {
        model.addAttribute("territory", territory);
        try {
            UploadedFiles.check(candidates, contracts, slots);
            Dataset dataset;
            try (InputStream c = candidates.getInputStream(); InputStream k = contracts.getInputStream();
                 InputStream s = slots.getInputStream()) {
                dataset = new DatasetReader().read(c, k, s);
            }
            model.addAttribute("report", importer.importDataset(dataset, territory, CurrentUser.actor(), CurrentUser.get()::worksOn));
        } catch (DatasetFormatException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.errors());
        }
        return form(model);
    }
}
