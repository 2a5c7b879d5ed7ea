package fr.clausematch.support;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The check of every API answer against the description refuses what the description does not allow. */
@IntegrationTest
class ApiDescriptionValidationTest {

    private static final String TERRITORY = "{\"code\":\"21\",\"name\":\"Côte-d'Or\",\"kind\":\"DEPARTEMENT\","
            + "\"candidates\":1,\"contracts\":1,\"slots\":1,\"slotHours\":140";

    @Autowired ApiDescriptionValidation validation;

    @Test
    void anAnswerAsDescribedPasses() {
        assertThatCode(() -> check("GET", "/api/territories", 200, "application/json", "[" + TERRITORY + "}]"))
                .doesNotThrowAnyException();
        assertThatCode(() -> check("GET", "/api/territories", 401, "application/problem+json",
                "{\"type\":\"https://clausematch.fr/problemes/unauthorized\",\"title\":\"Authentification requise\",\"status\":401}"))
                .doesNotThrowAnyException();
    }

    @Test
    void aLyingAnswerFailsNamingOperationStatusAndWhatIsWrong() {
        assertThatThrownBy(() -> check("GET", "/api/territories", 200, "application/json", "[" + TERRITORY + ",\"extra\":1}]"))
                .hasMessageContaining("GET /api/territories → 200").hasMessageContaining("extra");
        assertThatThrownBy(() -> check("GET", "/api/territories", 200, "application/json",
                "[" + TERRITORY.replace("\"Côte-d'Or\"", "null") + "}]"))
                .hasMessageContaining("/0/name");
        assertThatThrownBy(() -> check("GET", "/api/territories", 418, "application/json", "{}"))
                .hasMessageContaining("418");
        assertThatThrownBy(() -> check("GET", "/api/territories", 403, "application/json", "{\"status\":403}"))
                .hasMessageContaining("403");
        assertThatThrownBy(() -> check("GET", "/api/nothing-here", 200, "application/json", "{}"))
                .hasMessageContaining("/api/nothing-here");
    }

    @Test
    void pagesAreNotPartOfTheApi() {
        assertThatCode(() -> check("GET", "/candidats", 200, "text/html", "<html></html>")).doesNotThrowAnyException();
    }

    private void check(String method, String path, int status, String contentType, String body) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setPathInfo(path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setStatus(status);
        response.setContentType(contentType);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
        validation.check(request, response);
    }
}
