package fr.clausematch.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.matching.analysis.Commuting;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14, part 5: a plan's kilometres and CO2, beside the baseline's, at the factor of the setting
 * {@code clausematch.indicators.co2-kg-per-km} (0.25 in the tests' properties, not the default), in the plan's JSON,
 * on its page and on the territory's dashboard.
 */
@IntegrationTest
class PlanCommutingTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired DatasetImporter importer;
    @Autowired IndicatorsProperties settings;

    @BeforeEach
    void sample() {
        TinySample.load(importer);
    }

    @Test
    void thePlanCarriesItsKilometresAndCo2AtTheSettingsFactorBesideTheBaselines() throws Exception {
        assertThat(settings.co2KgPerKm()).as("the tests' setting, not the default").isEqualTo(0.25)
                .isNotEqualTo(Commuting.DEFAULT_CO2_KG_PER_KM);
        PlansByTheApi api = new PlansByTheApi(mvc, json);
        long id = api.start("21", "OPTIMIZE").get("id").asLong();
        JsonNode plan = api.awaitEnd(id);
        for (String which : new String[]{"indicators", "baselineIndicators"}) {
            JsonNode indicators = plan.get(which);
            double km = indicators.get("kmTotal").asDouble();
            assertThat(km).as(which + ": the tiny sample's people travel to their sites").isPositive();
            assertThat(indicators.get("co2KgPerKm").asDouble()).as(which).isEqualTo(0.25);
            assertThat(indicators.get("co2Kg").asDouble()).as(which).isCloseTo(km * 0.25, within(0.1));
        }
        mvc.perform(get("/plans/" + id)).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        matchesPattern("(?s).*Trajets domicile-chantier : [\\d\\u202f\\u00a0 ]+ km, [\\d\\u202f\\u00a0 ,]+\\u00a0(kg|t) de CO2e "
                                + "\\(référence premier arrivé : [\\d\\u202f\\u00a0 ]+ km, [\\d\\u202f\\u00a0 ,]+\\u00a0(kg|t)\\).*"),
                        containsString("0,25 kg de CO2e par km"))));
        mvc.perform(get("/tableau-de-bord").param("territoire", "21")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"dashboard-commuting\""),
                        containsString("Trajets domicile-chantier : "), containsString("(référence premier arrivé : "))));
        mvc.perform(get("/plans/" + id).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Home-to-site trips: ")));
    }
}
