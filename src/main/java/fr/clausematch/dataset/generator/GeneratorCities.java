package fr.clausematch.dataset.generator;

import fr.clausematch.dataset.generator.DatasetGenerator.City;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Real French communes for the generator, read from the CSV tables next to this class
 * ({@code cities-france.csv}, {@code cities-bourgogne-franche-comte.csv}): name, département,
 * coordinates of the centre (WGS84, rounded to 4 decimals), a weight (population in thousands,
 * rounded) and a plausible number of QPVs. QPV codes are derived per département by the
 * generator and are illustrative, not the official list.
 */
final class GeneratorCities {

    private GeneratorCities() {
    }

    static List<City> load(String resource) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (InputStream in = GeneratorCities.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<City> cities = new ArrayList<>();
            try (CSVParser parser = CSVParser.builder()
                    .setReader(new InputStreamReader(in, StandardCharsets.UTF_8)).setFormat(format).get()) {
                for (CSVRecord r : parser) {
                    cities.add(new City(r.get("commune"), r.get("department"), Double.parseDouble(r.get("latitude")),
                            Double.parseDouble(r.get("longitude")), Integer.parseInt(r.get("weight")),
                            Integer.parseInt(r.get("qpv_count"))));
                }
            }
            return List.copyOf(cities);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
