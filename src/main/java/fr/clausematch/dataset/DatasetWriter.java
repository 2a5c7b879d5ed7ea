package fr.clausematch.dataset;

import fr.clausematch.matching.model.EligibilityCriterion;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a dataset in the canonical form of the exchange format: UTF-8 without byte-order mark,
 * {@code ,} delimiter, header in the column order of DATA-FORMAT.md ({@code territory} last),
 * {@code \n} line ends, quotes only where RFC 4180 needs them, decimals without trailing zeros,
 * eligibility codes in the enum's order, trades and licences in the order held, {@code true}/{@code
 * false}, empty cells for {@code null}. Reading then writing a canonical file gives the same bytes.
 */
public class DatasetWriter {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator('\n')
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    /** Writes the three files into a folder, created if needed; existing files are replaced. */
    public void write(Dataset dataset, Path folder) {
        try (Rows rows = Rows.open(folder)) {
            rows.all(dataset);
        }
    }

    /** Writes the three files to streams, flushed but left open. */
    public void write(Dataset dataset, OutputStream candidates, OutputStream contracts, OutputStream slots) {
        try (Rows rows = new Rows(candidates, contracts, slots, false)) {
            rows.all(dataset);
        }
    }

    /**
     * Opens the three files of a folder (created if needed, existing files replaced), hands them
     * row by row to {@code producer}, then flushes and closes them: for producers that stream.
     */
    public void write(Path folder, Consumer<RowSink> producer) {
        try (Rows rows = Rows.open(folder)) {
            producer.accept(rows);
        }
    }

    /**
     * Row-by-row writer of the three files, for producers that stream (the generator). Closing it
     * flushes the files, and closes the streams when asked to at construction.
     */
    static final class Rows implements RowSink, Closeable, Flushable {

        private final CSVPrinter candidates;
        private final CSVPrinter contracts;
        private final CSVPrinter slots;
        private final boolean closeStreams;

        Rows(OutputStream candidates, OutputStream contracts, OutputStream slots, boolean closeStreams) {
            this.closeStreams = closeStreams;
            try {
                this.candidates = printer(candidates, DatasetColumns.CANDIDATES);
                this.contracts = printer(contracts, DatasetColumns.CONTRACTS);
                this.slots = printer(slots, DatasetColumns.SLOTS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Opens the three files of a folder, created if needed; closing the rows closes them. */
        static Rows open(Path folder) {
            OutputStream[] streams = new OutputStream[3];
            try {
                Files.createDirectories(folder);
                streams[0] = Files.newOutputStream(folder.resolve(DatasetColumns.CANDIDATES_FILE));
                streams[1] = Files.newOutputStream(folder.resolve(DatasetColumns.CONTRACTS_FILE));
                streams[2] = Files.newOutputStream(folder.resolve(DatasetColumns.SLOTS_FILE));
                return new Rows(streams[0], streams[1], streams[2], true);
            } catch (IOException | RuntimeException e) {
                for (OutputStream stream : streams) {
                    closeQuietly(stream, e);
                }
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
        }

        private static void closeQuietly(OutputStream stream, Exception failure) {
            if (stream != null) {
                try {
                    stream.close();
                } catch (IOException suppressed) {
                    failure.addSuppressed(suppressed);
                }
            }
        }

        void all(Dataset dataset) {
            dataset.candidates().forEach(this::candidate);
            dataset.contracts().forEach(this::contract);
            dataset.slots().forEach(this::slot);
        }

        private static CSVPrinter printer(OutputStream out, List<String> header) throws IOException {
            CSVPrinter printer = new CSVPrinter(
                    new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024), FORMAT);
            printer.printRecord(header);
            return printer;
        }

        @Override
        public void candidate(CandidateRow c) {
            print(candidates, c.id(), c.gender() == null ? "" : c.gender().name(), Integer.toString(c.birthYear()),
                    c.commune(), DatasetValues.format(c.latitude()), DatasetValues.format(c.longitude()),
                    text(c.qpvCode()), criteria(c.eligibility()), date(c.eligibilityUntil()), list(c.trades()),
                    Integer.toString(c.qualificationLevel()), list(c.licences()),
                    DatasetValues.format(c.maxDistanceKm()), date(c.availableFrom()), date(c.availableUntil()),
                    DatasetValues.format(c.maxHoursPerWeek()), date(c.registeredOn()), text(c.territory()));
        }

        @Override
        public void contract(ContractRow k) {
            print(contracts, k.id(), k.buyer(), k.title(), k.type().name(), k.legalBasis().name(),
                    Boolean.toString(k.anru()), k.commune(), DatasetValues.format(k.latitude()),
                    DatasetValues.format(k.longitude()), text(k.qpvCode()), date(k.startDate()), date(k.endDate()),
                    Integer.toString(k.requiredHours()), text(k.territory()));
        }

        @Override
        public void slot(SlotRow s) {
            print(slots, s.id(), s.contractId(), s.trade(), Integer.toString(s.hours()), date(s.startDate()),
                    date(s.endDate()), DatasetValues.format(s.hoursPerWeek()),
                    Integer.toString(s.minQualificationLevel()), list(s.requiredLicences()));
        }

        private static void print(CSVPrinter printer, String... cells) {
            try {
                printer.printRecord((Object[]) cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void flush() {
            try {
                candidates.flush();
                contracts.flush();
                slots.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            flush();
            if (closeStreams) {
                try (candidates; contracts; slots) {
                    // closes all three, even if one fails
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }

    private static String list(Collection<String> values) {
        return values == null ? "" : String.join(String.valueOf(DatasetColumns.LIST_SEPARATOR), values);
    }

    private static String criteria(Collection<EligibilityCriterion> values) {
        if (values == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (EligibilityCriterion criterion : EligibilityCriterion.values()) {
            if (values.contains(criterion)) {
                if (!out.isEmpty()) {
                    out.append(DatasetColumns.LIST_SEPARATOR);
                }
                out.append(criterion.name());
            }
        }
        return out.toString();
    }
}
