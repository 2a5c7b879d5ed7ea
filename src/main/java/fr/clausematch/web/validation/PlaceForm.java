package fr.clausematch.web.validation;

import fr.clausematch.limits.FieldLimits;
import fr.clausematch.shared.Place;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A {@link Place} as a form takes it, with the checks of the exchange format: the commune (may be empty),
 * the coordinates (required), the QPV code (of the 2024 or the 2015 list, may be empty). Forms hold it as
 * {@code @Valid @JsonUnwrapped PlaceForm place}: flat in JSON ({@code commune}, {@code latitude}, …), nested in
 * the pages ({@code place.commune}, …). A bean, so that a page shows again what was typed, even a refused value.
 */
public class PlaceForm {

    @Size(max = FieldLimits.COMMUNE, message = FieldLimits.COMMUNE_MESSAGE)
    @PlainText
    private String commune;

    @NotNull(message = "la latitude est obligatoire")
    @Latitude
    private Double latitude;

    @NotNull(message = "la longitude est obligatoire")
    @Longitude
    private Double longitude;

    @QpvCode
    private String qpvCode;

    /** The place of a record, to edit it. */
    public static PlaceForm of(Place place) {
        PlaceForm form = new PlaceForm();
        if (place != null) {
            form.commune = place.commune();
            form.latitude = place.latitude();
            form.longitude = place.longitude();
            form.qpvCode = place.qpvCode();
        }
        return form;
    }

    /** The place to store, once the form is valid (coordinates given); an empty commune or code is not stated. */
    public Place toPlace() {
        return new Place(blankToNull(commune), latitude, longitude, blankToNull(qpvCode));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getCommune() {
        return commune;
    }

    /** An empty commune is not stated (DATA-FORMAT.md: it is shown, never used by a rule). */
    public void setCommune(String commune) {
        this.commune = blankToNull(commune);
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public String getQpvCode() {
        return qpvCode;
    }

    public void setQpvCode(String qpvCode) {
        this.qpvCode = qpvCode;
    }
}
