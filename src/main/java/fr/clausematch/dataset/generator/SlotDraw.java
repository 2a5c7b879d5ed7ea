package fr.clausematch.dataset.generator;

import fr.clausematch.dataset.ContractRow;
import fr.clausematch.dataset.SlotRow;
import fr.clausematch.matching.model.ContractType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** The slots of a contract: a trade of its type, 35 to 600 hours within its dates, a level, licences. */
final class SlotDraw {

    private static final Weighted<String> WORKS_TRADES = new Weighted<String>()
            .add("F1704", 30).add("F1703", 15).add("F1606", 12).add("F1602", 10).add("F1603", 8).add("F1702", 8)
            .add("F1608", 5).add("N1103", 5).add("A1203", 2);
    private static final Weighted<String> SERVICES_TRADES = new Weighted<String>()
            .add("K2204", 30).add("A1203", 18).add("K2303", 12).add("G1603", 12).add("K1304", 8).add("M1607", 8)
            .add("N1103", 12);
    private static final Weighted<String> INTELLECTUAL_TRADES = new Weighted<String>()
            .add("M1805", 40).add("H1206", 25).add("M1203", 20).add("M1607", 15);
    private static final Weighted<Integer> SLOT_LEVEL = new Weighted<Integer>().add(0, 60).add(3, 32).add(4, 8);
    private static final Weighted<Integer> INTELLECTUAL_SLOT_LEVEL = new Weighted<Integer>()
            .add(4, 15).add(5, 45).add(6, 25).add(7, 15);
    private static final Weighted<BigDecimal> SLOT_WEEK = new Weighted<BigDecimal>()
            .add(BigDecimal.valueOf(7), 5).add(new BigDecimal("10.5"), 5).add(BigDecimal.valueOf(14), 8)
            .add(new BigDecimal("17.5"), 12).add(BigDecimal.valueOf(21), 10).add(BigDecimal.valueOf(24), 15)
            .add(BigDecimal.valueOf(28), 10).add(BigDecimal.valueOf(35), 35);

    private SlotDraw() {
    }

    static SlotRow slot(SplittableRandom random, String id, ContractRow contract) {
        String trade = switch (contract.type()) {
            case WORKS -> WORKS_TRADES.pick(random);
            case SERVICES -> SERVICES_TRADES.pick(random);
            case INTELLECTUAL_SERVICES -> INTELLECTUAL_TRADES.pick(random);
        };
        BigDecimal perWeek = SLOT_WEEK.pick(random);
        int weeks = 2 + random.nextInt(25);
        double load = perWeek.doubleValue();
        int hours = (int) Math.round(load * weeks * (0.8 + 0.2 * random.nextDouble()));
        if (hours < 35) {
            weeks = Math.max(weeks, (int) Math.ceil(35 / load));
            hours = 35;
        }
        hours = Math.min(hours, 600);
        long span = contract.endDate().toEpochDay() - contract.startDate().toEpochDay() + 1;
        LocalDate start = contract.startDate().plusDays(random.nextInt((int) (span - weeks * 7L) + 1));
        LocalDate end = start.plusDays(weeks * 7L - 1);
        int level = (contract.type() == ContractType.INTELLECTUAL_SERVICES ? INTELLECTUAL_SLOT_LEVEL : SLOT_LEVEL)
                .pick(random);
        double r = random.nextDouble();
        List<String> licences = switch (trade) {
            case "F1602" -> r < 0.5 ? List.of("HAB_ELEC") : List.of();
            case "N1103" -> r < 0.4 ? List.of("CACES_R489") : List.of();
            case "F1704", "F1702" -> r < 0.08 ? List.of("CACES_R482") : List.of();
            case "K1304" -> r < 0.4 ? List.of("B") : List.of();
            case "A1203" -> r < 0.2 ? List.of("B") : List.of();
            default -> r < 0.05 ? List.of("SST") : List.of();
        };
        return new SlotRow(id, contract.id(), trade, hours, start, end, perWeek, level, licences);
    }
}
