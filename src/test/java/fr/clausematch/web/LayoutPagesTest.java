package fr.clausematch.web;

import fr.clausematch.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LayoutPagesTest {

    @Autowired MockMvc mvc;

    @Test
    void everyPageHasTheFrenchLayoutWithSkipLinkAndNavigation() throws Exception {
        for (String page : new String[] {"/", "/candidats", "/candidats/nouveau", "/contrats", "/acheteurs/besoin",
                "/acheteurs/contrats", "/import"}) {
            mvc.perform(get(page))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(
                            containsString("<html lang=\"fr\""),
                            containsString("href=\"#contenu\""),
                            containsString("id=\"contenu\""),
                            containsString("Déposer un besoin (acheteur)"),
                            containsString("aria-current=\"page\""))));
        }
    }

    @Test
    void langParameterSwitchesToEnglishAndACookieKeepsIt() throws Exception {
        MvcResult english = mvc.perform(get("/candidats").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html lang=\"en\""), containsString("Skip to content"),
                        containsString("Register a candidate"))))
                .andReturn();
        Cookie cookie = english.getResponse().getCookie("clausematch-lang");
        assertThat(cookie).isNotNull();
        mvc.perform(get("/contrats").cookie(cookie))
                .andExpect(content().string(containsString("Hours filled")));
        mvc.perform(get("/contrats"))
                .andExpect(content().string(containsString("Heures pourvues")));
    }

    @Test
    void unknownRecordsGiveAFrenchErrorPage() throws Exception {
        mvc.perform(get("/candidats/INCONNU"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(containsString("Candidat INCONNU introuvable")));
        mvc.perform(get("/contrats/INCONNU"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Contrat INCONNU introuvable")));
    }

    @Test
    void theApiStillAnswersProblemDetails() throws Exception {
        mvc.perform(get("/api/candidates/INCONNU"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }
}
