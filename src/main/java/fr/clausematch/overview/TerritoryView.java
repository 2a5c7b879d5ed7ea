package fr.clausematch.overview;

import fr.clausematch.territory.Territory;

/** A territory with the size of what it holds. */
public record TerritoryView(String code, String name, Territory.Kind kind, long candidates, long contracts, long slots,
                            long slotHours) {
}
