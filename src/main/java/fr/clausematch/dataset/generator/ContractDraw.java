package fr.clausematch.dataset.generator;

import fr.clausematch.dataset.ContractRow;
import fr.clausematch.dataset.generator.DatasetGenerator.City;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.LegalBasis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The contracts: types stratified by blocks of 25 (56% / 36% / 8% works, services, intellectual
 * services), some reserved (SIAE, disability), urban renewal (anru) on a quarter of the works
 * contracts of towns with QPVs, and how many slots each holds.
 */
final class ContractDraw {

    private static final Weighted<LegalBasis> BASIS = new Weighted<LegalBasis>()
            .add(LegalBasis.EXECUTION_CLAUSE, 68).add(LegalBasis.AWARD_CRITERION, 10)
            .add(LegalBasis.RESERVED_SIAE, 9).add(LegalBasis.RESERVED_DISABILITY, 5)
            .add(LegalBasis.INSERTION_CONTRACT, 8);
    /** Per block of 25 slots: 14 works, 9 services, 2 intellectual services (56% / 36% / 8%). */
    private static final int[] TYPE_BLOCK = {14, 9, 2};

    private static final String[] WORKS_TITLES = {
        "Réhabilitation de %d logements, %s", "Construction d'un groupe scolaire - %2$s",
        "Voirie et réseaux divers, lot %d - %s", "Rénovation énergétique de bâtiments communaux (%2$s)",
        "Programme \"Cœur de ville\", lot %d, %s", "Démolition-reconstruction de %d logements - %s"};
    private static final String[] SERVICES_TITLES = {
        "Nettoyage des locaux administratifs - %2$s", "Entretien des espaces verts, lot %d, %s",
        "Restauration collective (%2$s)", "Propreté urbaine, secteur %d - %s",
        "Aide à domicile et accompagnement - %2$s", "Logistique et manutention, lot %d"};
    private static final String[] INTELLECTUAL_TITLES = {
        "Développement d'applications numériques - %2$s", "Maîtrise d'œuvre, études techniques, lot %d",
        "Assistance comptable et financière - %2$s", "Accueil et secrétariat, lot %d, %s"};
    private static final String[] BUYERS = {
        "Ville de %s", "Habitat %s (bailleur social)", "Département %s", "Centre hospitalier de %s",
        "Communauté d'agglomération de %s", "Préfecture %s"};

    private final ProfileCities cities;

    ContractDraw(ProfileCities cities) {
        this.cities = cities;
    }

    /** A contract without its required hours (the sum of its slots, known once they are drawn). */
    ContractRow contract(SplittableRandom random, String id, ContractType type) {
        City city = cities.all().pick(random);
        List<String> codes = cities.qpvCodes(city);
        LegalBasis basis = BASIS.pick(random);
        boolean anru = type == ContractType.WORKS && !codes.isEmpty() && random.nextDouble() < 0.25;
        String qpvCode = anru || (!codes.isEmpty() && random.nextDouble() < 0.15)
                ? Draws.pickFrom(random, codes) : null;
        double[] site = Draws.around(random, city, 2.0);
        String[] titles = switch (type) {
            case WORKS -> WORKS_TITLES;
            case SERVICES -> SERVICES_TITLES;
            case INTELLECTUAL_SERVICES -> INTELLECTUAL_TITLES;
        };
        String title = String.format(titles[random.nextInt(titles.length)], 2 + random.nextInt(150), city.name());
        String buyerTemplate = BUYERS[random.nextInt(BUYERS.length)];
        String buyer = String.format(buyerTemplate, buyerTemplate.startsWith("Département")
                || buyerTemplate.startsWith("Préfecture") ? city.department() : city.name());
        LocalDate start = Draws.PERIOD_START.plusDays(random.nextInt(541));
        LocalDate end = Draws.min(start.plusDays(182 + random.nextInt(549)), Draws.PERIOD_END);
        return new ContractRow(id, buyer, title, type, basis, anru, city.name(), site[0], site[1], qpvCode,
                start, end, 0, city.department());
    }

    /** Contract types stratified by blocks of 25 so that the shares hold on small samples. */
    static ContractType[] contractTypes(SplittableRandom random, int contracts) {
        ContractType[] types = new ContractType[contracts];
        ContractType[] block = new ContractType[25];
        for (int start = 0; start < contracts; start += 25) {
            int b = 0;
            for (int t = 0; t < TYPE_BLOCK.length; t++) {
                for (int n = 0; n < TYPE_BLOCK[t]; n++) {
                    block[b++] = ContractType.values()[t];
                }
            }
            Draws.shuffle(random, block);
            System.arraycopy(block, 0, types, start, Math.min(25, contracts - start));
        }
        return types;
    }

    /**
     * Slots per contract: the slots are split between types in the 56/36/8 proportions, then over
     * the contracts of each type, at least one each while there are enough.
     */
    static int[] slotCounts(SplittableRandom random, ContractType[] types, int slots) {
        int[] counts = new int[types.length];
        int[] perType = new int[3];
        int assigned = 0;
        for (int t = 0; t < 3; t++) {
            perType[t] = (int) Math.round(slots * TYPE_BLOCK[t] / 25.0);
        }
        perType[0] = slots - perType[1] - perType[2];
        for (int t = 0; t < 3; t++) {
            List<Integer> ofType = new ArrayList<>();
            for (int i = 0; i < types.length; i++) {
                if (types[i].ordinal() == t) {
                    ofType.add(i);
                }
            }
            if (ofType.isEmpty()) {
                ofType = allIndexes(types.length);
            }
            int left = perType[t];
            for (int i = 0; i < ofType.size() && left > 0; i++, left--) {
                counts[ofType.get(i)]++;
            }
            for (; left > 0; left--) {
                counts[ofType.get(random.nextInt(ofType.size()))]++;
            }
            assigned += perType[t];
        }
        assert assigned == slots;
        return counts;
    }

    private static List<Integer> allIndexes(int n) {
        List<Integer> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }
}
