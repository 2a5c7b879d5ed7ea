package fr.clausematch.exchange;

import fr.clausematch.support.TinySample;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** The three files of the tiny sample as text, changed cell by cell, then uploaded to {@code POST /api/imports}. */
final class TinyFiles {

    static final List<String> NAMES = List.of("candidates", "contracts", "slots");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    final Map<String, String> text = new LinkedHashMap<>();

    TinyFiles() {
        for (String name : NAMES) {
            try {
                text.put(name, Files.readString(TinySample.file(name + ".csv"), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Sets the cell of {@code column} in the data row {@code row} (0 = line 2) of {@code name}. */
    TinyFiles set(String name, int row, String column, String value) {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text.get(name))).setFormat(FORMAT).get()) {
            List<List<String>> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(new ArrayList<>(record.toList()));
            }
            int index = records.get(0).indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException("no column " + column + " in " + name);
            }
            records.get(row + 1).set(index, value);
            StringWriter out = new StringWriter();
            try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
                for (List<String> record : records) {
                    printer.printRecord(record);
                }
            }
            text.put(name, out.toString());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MockMultipartHttpServletRequestBuilder upload() {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/imports");
        text.forEach((name, content) -> request.file(bytes(name, content.getBytes(StandardCharsets.UTF_8))));
        return request;
    }

    static MockMultipartFile bytes(String name, byte[] content) {
        return new MockMultipartFile(name, name + ".csv", "text/csv", content);
    }
}
