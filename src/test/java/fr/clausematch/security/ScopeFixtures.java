package fr.clausematch.security;

import fr.clausematch.dataset.DatasetReader;
import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.TinySample;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Data and requests of the scope tests ({@link AccessMatrixTest}, {@link IdsAreGlobalTest}): two territories,
 * and the JSON, form and upload requests that create or edit a person, a contract or a slot.
 */
final class ScopeFixtures {

    private ScopeFixtures() {
    }

    /** The tiny sample (21, and T-P12 in 25) and contract X-C25 of « Habitat bisontin » in 25 with its slot X-S25. */
    static void loadTwoTerritories(DatasetImporter importer) {
        TinySample.load(importer);
        importer.importDataset(new DatasetReader().read(
                csv(TinySample.header("candidates.csv")),
                csv(TinySample.header("contracts.csv") + "\nX-C25,Habitat bisontin,Résidence des Vaîtes - Besançon,WORKS,"
                        + "EXECUTION_CLAUSE,false,Besançon,47.2378,6.0241,QP025004,2026-04-01,2026-12-31,300,25"),
                csv(TinySample.header("slots.csv") + "\nX-S25,X-C25,F1704,140,2026-04-06,2026-05-31,17.5,0,")), null, "test");
    }

    static MockHttpServletRequestBuilder json(String method, String url, String body) {
        return MockMvcRequestBuilders.request(HttpMethod.valueOf(method), url)
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static MockHttpServletRequestBuilder json(String method, String urlTemplate, String variable, String body) {
        return MockMvcRequestBuilders.request(HttpMethod.valueOf(method), urlTemplate, variable)
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static MockHttpServletRequestBuilder form(String url, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        fields.forEach(request::param);
        return request;
    }

    static MockHttpServletRequestBuilder upload(String url, String id, String territory) {
        String candidates = TinySample.header("candidates.csv") + "\n" + id + ",F,1990,Dijon,47.32,5.04,,RSA,,F1704,3,,20,,,35,2025-01-01," + territory;
        return MockMvcRequestBuilders.multipart(url)
                .file(new MockMultipartFile("candidates", "candidates.csv", "text/csv", candidates.getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("contracts", "contracts.csv", "text/csv", TinySample.header("contracts.csv").getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("slots", "slots.csv", "text/csv", TinySample.header("slots.csv").getBytes(StandardCharsets.UTF_8)));
    }

    static String person(String id, String territory, Integer version) {
        return "{\"id\":\"" + id + "\",\"territory\":\"" + territory + "\",\"gender\":\"F\",\"birthYear\":1994,\"commune\":\"Dijon\","
                + "\"latitude\":47.322,\"longitude\":5.041,\"eligibility\":[\"DELD\"],\"trades\":[\"K2204\"],\"qualificationLevel\":3,"
                + "\"licences\":[],\"maxDistanceKm\":15,\"maxHoursPerWeek\":24,\"registeredOn\":\"2025-10-01\""
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    static Map<String, String> personForm(String id, String territory, String version) {
        return Map.ofEntries(Map.entry("id", id), Map.entry("territory", territory), Map.entry("gender", "F"),
                Map.entry("birthYear", "1994"), Map.entry("place.commune", "Dijon"), Map.entry("place.latitude", "47.322"),
                Map.entry("place.longitude", "5.041"), Map.entry("trades", "K2204"), Map.entry("qualificationLevel", "3"),
                Map.entry("maxDistanceKm", "15"), Map.entry("maxHoursPerWeek", "24"), Map.entry("registeredOn", "2025-10-01"),
                Map.entry("status", "IDENTIFIED"), Map.entry("eligibility", "DELD"), Map.entry("version", version));
    }

    static String contract(String id, String territory, String buyer, Integer version) {
        return "{\"id\":\"" + id + "\",\"buyer\":\"" + buyer + "\",\"title\":\"Marché " + id + "\",\"type\":\"WORKS\","
                + "\"legalBasis\":\"EXECUTION_CLAUSE\",\"anru\":false,\"commune\":\"Dijon\",\"latitude\":47.335,\"longitude\":5.06,"
                + "\"startDate\":\"2026-03-01\",\"endDate\":\"2026-12-31\",\"requiredHours\":700,\"territory\":\"" + territory + "\""
                + (version == null ? ",\"slots\":[" + slot(id + "-S1", null) + "]" : ",\"version\":" + version) + "}";
    }

    static String slot(String id, Integer version) {
        return "{\"id\":\"" + id + "\",\"trade\":\"F1704\",\"hours\":350,\"startDate\":\"2026-03-01\",\"endDate\":\"2026-05-31\","
                + "\"hoursPerWeek\":35,\"requiredLicences\":[]" + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    static ByteArrayInputStream csv(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }
}
