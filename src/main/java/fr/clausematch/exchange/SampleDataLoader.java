package fr.clausematch.exchange;

import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ResourceLoader;
import fr.clausematch.candidate.CandidateRepository;
import fr.clausematch.contract.ContractRepository;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;

/** Fills an empty database with the sample dataset on first start, so a newcomer sees a real territory. */
@Component
class SampleDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);

    private final SampleDataProperties properties;
    private final ResourceLoader resources;
    private final DatasetImporter importer;
    private final CandidateRepository candidates;
    private final ContractRepository contracts;

    SampleDataLoader(SampleDataProperties properties, ResourceLoader resources, DatasetImporter importer,
                     CandidateRepository candidates, ContractRepository contracts) {
        this.properties = properties;
        this.resources = resources;
        this.importer = importer;
        this.candidates = candidates;
        this.contracts = contracts;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.loadOnStart()) {
            return;
        }
        if (candidates.count() > 0 || contracts.count() > 0) {
            return;
        }
        String location = properties.location();
        Dataset dataset;
        try (InputStream candidates = resources.getResource(location + "candidates.csv").getInputStream();
             InputStream contracts = resources.getResource(location + "contracts.csv").getInputStream();
             InputStream slots = resources.getResource(location + "slots.csv").getInputStream()) {
            dataset = new DatasetReader().read(candidates, contracts, slots);
        }
        ImportReport report = importer.importDataset(dataset, null, "données d'exemple");
        log.info("Empty database: sample data loaded from {} ({} candidates, {} contracts, {} slots in {} ms)",
                location, report.candidates(), report.contracts(), report.slots(), report.millis());
    }
}
