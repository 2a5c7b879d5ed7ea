package fr.clausematch.web;

import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TestUsers;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code sort} on the paged resources of the API: a key of the resource's answer sorts; any other key (an
 * unknown one, an attempt at SQL, a collection such as the criteria, a stored column the answer does not
 * show) is a 400 problem detail naming the keys allowed, never a 500.
 */
@IntegrationTest
class SortParametersTest {

    @Autowired MockMvc mvc;
    @Autowired DatasetImporter importer;

    @BeforeEach
    void sample() {
        TinySample.load(importer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/candidates", "/api/contracts"})
    void anUnknownKeyIsRefusedWith400NamingTheKeysAllowed(String resource) throws Exception {
        for (String key : new String[]{"nope", "id;drop table", "criteria", "eligibility", "externalId", "createdAt",
                "id,desc&sort=nope", "buyer.name", "slots"}) {
            String[] sorts = key.split("&sort=");
            mvc.perform(get(resource).param("sort", sorts))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(jsonPath("$.type").value("https://clausematch.fr/problemes/validation"))
                    .andExpect(jsonPath("$.errors[0].field").value("sort"))
                    .andExpect(jsonPath("$.detail").value(allOf(containsString("clé de tri inconnue"),
                            containsString("clés permises : id, "), containsString("territory"), containsString("status"))));
        }
    }

    @ParameterizedTest
    @CsvSource({
            "/api/candidates, id, $.content[0].id, T-P01",
            "/api/candidates, 'id,desc', $.content[0].id, T-P20",
            "/api/candidates, 'birthYear,asc', $.content[0].id, T-P16",
            "/api/candidates, 'territory,desc&sort=id', $.content[0].id, T-P12",
            "/api/contracts, 'id,desc', $.content[0].id, T-C6",
            "/api/contracts, 'buyer&sort=id', $.content[0].buyer, Bailleur social dijonnais",
            "/api/contracts, 'requiredHours,desc&sort=id', $.content[0].id, T-C1",
    })
    void aKeyOfTheAnswerSorts(String resource, String sort, String path, String first) throws Exception {
        mvc.perform(get(resource).param("sort", sort.split("&sort=")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(path).value(first));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/audit?sort=nope", "/api/audit?sort=id;drop%20table", "/api/users?sort=nope",
            "/api/audit?page=-3&size=0", "/api/users?page=-1&size=100000"})
    void resourcesWithoutSortKeysAnswerWithoutCrashing(String url) throws Exception {
        mvc.perform(get(url).with(TestUsers.as(TestUsers.admin()))).andExpect(status().isOk());
    }
}
