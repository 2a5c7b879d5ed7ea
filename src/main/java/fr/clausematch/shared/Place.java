package fr.clausematch.shared;

import jakarta.annotation.Nullable;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a person lives or where a contract's work site stands (DATA-FORMAT.md): the commune, shown but never
 * used by a rule (null when not stated), the WGS84 coordinates, and the QPV code (null outside a priority
 * neighbourhood). Embedded in the records of {@code candidate} and {@code contract}, whose tables have the same
 * four columns, and shown as is by their views (flat in JSON, with {@code @JsonUnwrapped}); forms take it as
 * {@code web.validation.PlaceForm}.
 */
@Embeddable
public record Place(
        @Nullable @Column(name = "commune") String commune,
        @Column(name = "latitude", nullable = false) double latitude,
        @Column(name = "longitude", nullable = false) double longitude,
        @Nullable @Column(name = "qpv_code") String qpvCode) {
}
