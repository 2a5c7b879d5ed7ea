package fr.clausematch.candidate;

import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The lists read straight from the tables give exactly the views the records give, filtered, sorted and paged. */
@IntegrationTest
class CandidateListingTest {

    private static final CandidateFilter ANY = new CandidateFilter(null, null, null, null, null, null, null);
    private static final Set<String> BOTH = Set.of("21", "25");

    @Autowired CandidateListing listing;
    @Autowired CandidateRepository records;
    @Autowired CandidateMapper mapper;
    @Autowired DatasetImporter importer;
    @Autowired TransactionTemplate transactions;

    @BeforeEach
    void sample() {
        TinySample.load(importer);
    }

    @Test
    void everyViewIsTheViewOfItsRecord() {
        List<CandidateView> listed = listing.page(ANY, BOTH, Pageable.unpaged(Sort.by("externalId"))).getContent();
        List<CandidateView> fromRecords = transactions.execute(status -> records.findAll(Sort.by("externalId")).stream()
                .map(mapper::toView).map(CandidateListingTest::criteriaInOrder).toList());

        assertThat(listed).hasSize(20).isEqualTo(fromRecords);
        assertThat(listed).anySatisfy(view -> assertThat(view.eligibility()).hasSizeGreaterThan(1));
        assertThat(listed).anySatisfy(view -> assertThat(view.licences()).isNotEmpty());
    }

    @Test
    void pagesCoverTheListOnceWithTheirTotal() {
        Set<String> seen = new HashSet<>();
        for (int number = 0; number < 3; number++) {
            Page<CandidateView> page = listing.page(ANY, BOTH, PageRequest.of(number, 7, Sort.by("externalId")));
            assertThat(page.getTotalElements()).isEqualTo(20);
            assertThat(page.getTotalPages()).isEqualTo(3);
            page.forEach(view -> assertThat(seen.add(view.id())).as("seen once: " + view.id()).isTrue());
        }
        assertThat(seen).hasSize(20);
        assertThat(listing.page(ANY, BOTH, PageRequest.of(5, 7)).getContent()).isEmpty();
        assertThat(listing.page(ANY, BOTH, PageRequest.of(5, 7)).getTotalElements()).isEqualTo(20);
    }

    @Test
    void sortsDescendingWithTheUnstatedFirstAsTheDatabaseDoes() {
        List<CandidateView> listed = listing.page(ANY, BOTH, Pageable.unpaged(Sort.by(Sort.Order.desc("qpvCode"))))
                .getContent();
        List<String> codes = listed.stream().map(view -> view.place().qpvCode()).toList();
        List<String> expected = new ArrayList<>(codes);
        expected.sort(Comparator.nullsFirst(Comparator.<String>reverseOrder()));
        assertThat(codes).isEqualTo(expected).contains((String) null).hasSize(20);
    }

    @Test
    void onlyTheTerritoriesGivenAndTheFilterAsked() {
        assertThat(listing.page(ANY, Set.of(), Pageable.unpaged()).getContent()).isEmpty();
        assertThat(listing.page(ANY, Set.of("25"), Pageable.unpaged()).getContent())
                .isNotEmpty().allSatisfy(view -> assertThat(view.territory()).isEqualTo("25"));
        assertThat(listing.page(new CandidateFilter("21", null, null, null, null, null, null), Set.of("25"),
                Pageable.unpaged()).getContent()).isEmpty();
        assertThat(listing.page(new CandidateFilter(null, null, true, null, null, null, null), BOTH, Pageable.unpaged())
                .getContent()).isNotEmpty().allSatisfy(view -> assertThat(view.place().qpvCode()).isNotNull());
        assertThat(listing.page(new CandidateFilter(null, null, null, null, null, null, "_"), BOTH, Pageable.unpaged())
                .getContent()).as("_ is a letter, not a wildcard").isEmpty();
    }

    private static CandidateView criteriaInOrder(CandidateView view) {
        List<CandidateView.Grant> grants = view.eligibility().stream()
                .sorted(Comparator.comparing(CandidateView.Grant::criterion)).toList();
        return new CandidateView(view.id(), view.territory(), view.gender(), view.birthYear(), view.place(), grants, view.eligibilityUntil(), view.trades(),
                view.qualificationLevel(), view.licences(), view.maxDistanceKm(), view.availableFrom(),
                view.availableUntil(), view.maxHoursPerWeek(), view.registeredOn(), view.status(), view.lastContactOn(),
                view.version());
    }
}
