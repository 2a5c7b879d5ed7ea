package fr.clausematch.web;

import fr.clausematch.limits.QpvCodes;
import fr.clausematch.shared.Place;
import fr.clausematch.web.validation.PlaceForm;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The place of a person's or a contract's form: one set of checks, the same as the exchange format's. */
class PlaceFormTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private static PlaceForm place(String commune, Double latitude, Double longitude, String qpvCode) {
        PlaceForm form = new PlaceForm();
        form.setCommune(commune);
        form.setLatitude(latitude);
        form.setLongitude(longitude);
        form.setQpvCode(qpvCode);
        return form;
    }

    @Test
    void takesTheCodesOfBothListsCorsicaIncludedAndNoCode() {
        for (String code : new String[] {"QP02A001", "QP02B002", "QN02B01Z", "QN07511M", "QP021001", null}) {
            assertThat(validator.validate(place("Ajaccio", 41.92, 8.74, code))).as(code).isEmpty();
        }
        assertThat(place("Ajaccio", 41.92, 8.74, "QP02A001").toPlace()).isEqualTo(new Place("Ajaccio", 41.92, 8.74, "QP02A001"));
    }

    @Test
    void refusesAWrongCodeAndCoordinatesOutOfRangeOrMissing() {
        assertThat(messages(place("Ajaccio", 41.92, 8.74, "QP2A0001"))).containsExactly(QpvCodes.MESSAGE);
        assertThat(messages(place("Ajaccio", 91.0, -181.0, null)))
                .containsExactlyInAnyOrder("latitude entre -90 et 90", "longitude entre -180 et 180");
        assertThat(messages(place("Ajaccio", null, null, null)))
                .containsExactlyInAnyOrder("la latitude est obligatoire", "la longitude est obligatoire");
    }

    @Test
    void anEmptyCommuneIsNotStatedAndARecordIsEditedAsItIs() {
        PlaceForm form = place("  ", 47.322, 5.041, null);
        assertThat(form.getCommune()).isNull();
        assertThat(form.toPlace()).isEqualTo(new Place(null, 47.322, 5.041, null));
        PlaceForm edited = PlaceForm.of(new Place("Bastia", 42.70, 9.45, "QP02B002"));
        assertThat(List.of(edited.getCommune(), edited.getLatitude(), edited.getLongitude(), edited.getQpvCode()))
                .containsExactly("Bastia", 42.70, 9.45, "QP02B002");
    }

    private List<String> messages(PlaceForm form) {
        return validator.validate(form).stream().map(ConstraintViolation::getMessage).toList();
    }
}
