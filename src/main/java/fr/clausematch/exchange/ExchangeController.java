package fr.clausematch.exchange;

import fr.clausematch.security.CurrentUser;
import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetReader;
import fr.clausematch.dataset.DatasetWriter;
import fr.clausematch.territory.TerritoryRepository;
import fr.clausematch.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.TreeSet;
import java.util.Set;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Imports and exports of the exchange format over HTTP. */
@RestController
@RequestMapping("/api")
@Tag(name = "Échanges", description = "Import et export au format d'échange (candidates.csv, contracts.csv, slots.csv)")
class ExchangeController {

    private final DatasetImporter importer;
    private final DatasetExporter exporter;
    private final TerritoryRepository territories;

    ExchangeController(DatasetImporter importer, DatasetExporter exporter, TerritoryRepository territories) {
        this.importer = importer;
        this.exporter = exporter;
        this.territories = territories;
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Importer un jeu de données, tout ou rien : 422 avec la liste de toutes les lignes fautives")
    ResponseEntity<ImportReport> importDataset(@RequestPart("candidates") MultipartFile candidates,
                                               @RequestPart("contracts") MultipartFile contracts,
                                               @RequestPart("slots") MultipartFile slots,
                                               @RequestParam(required = false) String territory) throws IOException {
        UploadedFiles.check(candidates, contracts, slots);
        Dataset dataset;
        try (InputStream c = candidates.getInputStream(); InputStream k = contracts.getInputStream();
             InputStream s = slots.getInputStream()) {
            dataset = new DatasetReader().read(c, k, s);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(importer.importDataset(dataset, territory, CurrentUser.actor(), CurrentUser.get()::worksOn));
    }

    @GetMapping(path = "/exports", produces = "application/zip")
    @Operation(summary = "Exporter un de vos territoires (ou tous vos territoires) au format d'échange, en archive zip "
            + "des trois fichiers ; chaque personne exportée est inscrite au journal d'accès")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String territory) {
        if (territory != null) {
            if (!territories.existsById(territory)) {
                throw new NotFoundException("Territoire", territory);
            }
            CurrentUser.requireTerritory(territory);
        }
        Set<String> scope = territory == null ? CurrentUser.get().territories() : Set.of(territory);
        Dataset dataset = exporter.exportFor(scope, CurrentUser.actor());
        String name = "clausematch-" + (territory == null ? String.join("-", new TreeSet<>(scope)) : territory) + ".zip";
        StreamingResponseBody body = out -> {
            ByteArrayOutputStream candidates = new ByteArrayOutputStream();
            ByteArrayOutputStream contracts = new ByteArrayOutputStream();
            ByteArrayOutputStream slots = new ByteArrayOutputStream();
            new DatasetWriter().write(dataset, candidates, contracts, slots);
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                entry(zip, "candidates.csv", candidates);
                entry(zip, "contracts.csv", contracts);
                entry(zip, "slots.csv", slots);
            }
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(body);
    }

    private static void entry(ZipOutputStream zip, String name, ByteArrayOutputStream content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        content.writeTo(zip);
        zip.closeEntry();
    }
}
