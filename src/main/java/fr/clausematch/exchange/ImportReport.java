package fr.clausematch.exchange;

import java.util.List;

/** What an import wrote: counts per kind of record and the territories and buyers it created. */
public record ImportReport(int candidates, int contracts, int slots,
                           List<String> territoriesCreated, List<String> buyersCreated, long millis) {
}
