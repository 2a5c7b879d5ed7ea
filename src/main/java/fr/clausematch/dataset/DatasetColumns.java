package fr.clausematch.dataset;

import java.util.List;

/**
 * File and column names of the exchange format (DATA-FORMAT.md), in the order the writer uses.
 * Every column is required in the header except {@code territory}.
 */
public final class DatasetColumns {

    public static final String CANDIDATES_FILE = "candidates.csv";
    public static final String CONTRACTS_FILE = "contracts.csv";
    public static final String SLOTS_FILE = "slots.csv";

    /** The optional column of candidates.csv and contracts.csv. */
    public static final String TERRITORY = "territory";

    public static final List<String> CANDIDATES = List.of(
            "id", "gender", "birth_year", "commune", "latitude", "longitude", "qpv_code", "eligibility",
            "eligibility_until", "trades", "qualification_level", "licences", "max_distance_km",
            "available_from", "available_until", "max_hours_per_week", "registered_on", TERRITORY);

    public static final List<String> CONTRACTS = List.of(
            "id", "buyer", "title", "type", "legal_basis", "anru", "commune", "latitude", "longitude",
            "qpv_code", "start_date", "end_date", "required_hours", TERRITORY);

    public static final List<String> SLOTS = List.of(
            "id", "contract_id", "trade", "hours", "start_date", "end_date", "hours_per_week",
            "min_qualification_level", "required_licences");

    /** Separator of the items of a list cell. */
    public static final char LIST_SEPARATOR = '|';

    private DatasetColumns() {
    }
}
