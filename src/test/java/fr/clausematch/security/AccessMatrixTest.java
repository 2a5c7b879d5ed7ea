package fr.clausematch.security;

import fr.clausematch.batch.BatchRuns;
import fr.clausematch.batch.RunRequest;
import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.ApiDescriptionValidation;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TestUsers;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.net.URLDecoder;
import java.util.Arrays;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static fr.clausematch.security.ScopeFixtures.contract;
import static fr.clausematch.security.ScopeFixtures.form;
import static fr.clausematch.security.ScopeFixtures.json;
import static fr.clausematch.security.ScopeFixtures.person;
import static fr.clausematch.security.ScopeFixtures.personForm;
import static fr.clausematch.security.ScopeFixtures.slot;
import static fr.clausematch.security.ScopeFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Every endpoint and page × every role × own or other territory (own or other buyer): allowed or refused
 * as the roles say, and a refused answer — like any answer to a facilitator or a buyer — never names what
 * lies outside their reach (ids, titles, buyers of others; no eligibility criterion ever reaches a buyer).
 *
 * <p>Data: the tiny sample (territory 21, one person in 25), a contract of a buyer of Besançon in 25, and a
 * plan with one pairing in each of 21 and 25, and a finished batch run over 25. Users: an administrator, a facilitator of 21, a buyer
 * ("Bailleur social dijonnais", owner of T-C4 in 21), and nobody signed in. Writes that would change what
 * other probes read carry a stale version: they pass the access check, then stop at 409.
 */
@IntegrationTest
class AccessMatrixTest {

    enum Who { ADMIN, FACILITATOR_21, BUYER_OWN, ANONYMOUS }

    private static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);
    private static final String OWN_BUYER = "Bailleur social dijonnais";
    /**
     * What a facilitator of 21 must never read: territory 25's person, contract and slot. Buyer organisations
     * are shared by every territory (a facilitator submits needs for any of them), so their names are not.
     */
    private static final List<String> OUTSIDE_21 = List.of("T-P12", "X-C25", "X-S25", "Résidence des Vaîtes");
    /** What the buyer must never read: other buyers and their contracts, and any eligibility criterion. */
    private static final List<String> OUTSIDE_BUYER = List.of("Ville de Dijon", "Dijon Métropole", "Ville de Chenôve",
            "T-C1", "T-C2", "T-C3", "T-C5", "T-C6", "X-C25", "Habitat bisontin", "RQTH", "AAH", "JUSTICE", "DELD", "RSA");

    /** One request, and who may make it. */
    record Probe(String label, Function<Integer, MockHttpServletRequestBuilder> request, Set<Who> allowed, boolean page) {
    }

    @Autowired WebApplicationContext context;
    @Autowired DatasetImporter importer;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApiDescriptionValidation apiDescription;
    @Autowired BatchRuns batchRuns;

    MockMvc mvc;
    long plan21;
    long plan25;
    long pairing21;
    long pairing25;
    long batchRun;
    final AtomicInteger serial = new AtomicInteger();

    @BeforeEach
    void data() throws InterruptedException {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).alwaysDo(apiDescription.validation()).build();
        ScopeFixtures.loadTwoTerritories(importer);
        plan21 = TinySample.plan(jdbc, "21", "PROPOSED", "T-S01", "T-P01");
        plan25 = TinySample.plan(jdbc, "25", "PROPOSED", "X-S25", "T-P12");
        pairing21 = jdbc.queryForObject("SELECT id FROM assignment WHERE plan_id = ?", Long.class, plan21);
        pairing25 = jdbc.queryForObject("SELECT id FROM assignment WHERE plan_id = ?", Long.class, plan25);
        // figures (empty) on both plans, so that each territory's dashboard, and its export, has a plan to show
        jdbc.update("UPDATE plan SET indicators = '{}', baseline_indicators = '{}' WHERE id IN (?, ?)", plan21, plan25);
        batchRun = batchRuns.await(batchRuns.launch(new RunRequest(List.of("25"), null, 10L), "test").id()).id();
    }

    @Test
    void everyEndpointAndPageForEveryRoleOwnAndOther() throws Exception {
        warmExplanations();
        List<Probe> probes = probes();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Probe probe : probes) {
            for (Who who : Who.values()) {
                cells++;
                MvcResult result;
                try {
                    result = mvc.perform(as(who, probe.request().apply(serial.incrementAndGet()))).andReturn();
                } catch (jakarta.servlet.ServletException e) {
                    wrong.add(probe.label() + " as " + who + ": 500 (" + e.getRootCause() + ")");
                    continue;
                }
                int status = result.getResponse().getStatus();
                String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
                String location = String.valueOf(result.getResponse().getRedirectedUrl());
                if (status >= 500) {
                    wrong.add(probe.label() + " as " + who + ": " + status);
                    continue;
                }
                boolean refused = status == 401 || status == 403 || status == 404 || location.contains("/connexion")
                        || body.contains("vous n'avez pas accès") || body.contains("vous n&#39;avez pas accès");
                boolean expected = probe.allowed().contains(who);
                if (expected == refused) {
                    wrong.add(probe.label() + " as " + who + ": " + (expected ? "refused" : "allowed") + " (" + status + ")");
                }
                String url = URLDecoder.decode(result.getRequest().getRequestURI(), StandardCharsets.UTF_8) + "?"
                        + result.getRequest().getQueryString() + result.getRequest().getParameterMap().values().stream()
                        .flatMap(Arrays::stream).toList();
                boolean schema = url.startsWith("/v3/api-docs"); // the API's description names the criteria's codes, no data
                List<String> secrets = schema ? List.<String>of() : who == Who.FACILITATOR_21 ? OUTSIDE_21 : who == Who.BUYER_OWN ? OUTSIDE_BUYER
                        : who == Who.ANONYMOUS ? leaksForAnyone() : List.of();
                for (String secret : secrets) {
                    if (body.contains(secret) && !url.contains(secret)) {
                        wrong.add(probe.label() + " as " + who + ": answer names " + secret);
                    }
                }
            }
        }
        System.out.printf("Access matrix: %d requests (%d endpoints and pages × %d users, own and other cases)%n",
                cells, probes.size(), Who.values().length);
        assertThat(wrong).as("cells of the access matrix that differ from the roles").isEmpty();
        assertThat(cells).isGreaterThan(300);
    }

    /**
     * Each plan's owner opens its explanations and score first (page, fragment and API), so that the probes of
     * another territory, a buyer or an administrator meet a warm cache: scope must be checked before it is read.
     */
    private void warmExplanations() throws Exception {
        Map<String, String> owned = Map.of("21", plan21 + "/postes/T-S01", "25", plan25 + "/postes/X-S25");
        for (Map.Entry<String, String> plan : owned.entrySet()) {
            String id = plan.getValue().substring(0, plan.getValue().indexOf('/'));
            for (String url : List.of("/plans/" + plan.getValue() + "/explication", "/plans/" + plan.getValue() + "/explication?fragment=true",
                    "/plans/" + id + "/score", "/plans/" + id + "/score?fragment=true", "/api/plans/" + id + "/explanation")) {
                int status = mvc.perform(get(url).with(TestUsers.as(TestUsers.facilitatorOf(plan.getKey())))).andReturn()
                        .getResponse().getStatus();
                assertThat(status).as("the owner opens " + url).isEqualTo(200);
            }
        }
    }

    private static List<String> leaksForAnyone() {
        List<String> all = new ArrayList<>(OUTSIDE_BUYER);
        all.addAll(OUTSIDE_21);
        all.add("T-P01");
        return all;
    }

    private List<Probe> probes() {
        Set<Who> f = EnumSet.of(Who.FACILITATOR_21);
        Set<Who> fa = EnumSet.of(Who.FACILITATOR_21, Who.ADMIN);
        Set<Who> fb = EnumSet.of(Who.FACILITATOR_21, Who.BUYER_OWN);
        Set<Who> a = EnumSet.of(Who.ADMIN);
        Set<Who> signedIn = EnumSet.of(Who.ADMIN, Who.FACILITATOR_21, Who.BUYER_OWN);
        List<Probe> p = new ArrayList<>();
        // API: territories, candidates
        p.add(api("GET territories", n -> get("/api/territories"), signedIn));
        p.add(api("GET candidates", n -> get("/api/candidates"), f));
        p.add(api("GET candidates of 21", n -> get("/api/candidates?territory=21"), f));
        p.add(api("GET candidates of 25", n -> get("/api/candidates?territory=25"), NOBODY));
        p.add(api("GET own person", n -> get("/api/candidates/T-P01"), f));
        p.add(api("GET other person", n -> get("/api/candidates/T-P12"), NOBODY));
        p.add(api("GET own personal data", n -> get("/api/candidates/T-P01/personal-data"), f));
        p.add(api("GET other personal data", n -> get("/api/candidates/T-P12/personal-data"), NOBODY));
        p.add(api("POST person in 21", n -> json("POST", "/api/candidates", person("M-" + n, "21", null)), f));
        p.add(api("POST person in 25", n -> json("POST", "/api/candidates", person("M-" + n, "25", null)), NOBODY));
        p.add(api("PUT own person (stale)", n -> json("PUT", "/api/candidates/T-P01", person("T-P01", "21", 999)), f));
        p.add(api("PUT other person", n -> json("PUT", "/api/candidates/T-P12", person("T-P12", "25", 999)), NOBODY));
        p.add(api("PUT own person into 25", n -> json("PUT", "/api/candidates/T-P02", person("T-P02", "25", 0)), NOBODY));
        p.add(api("DELETE own person (stale)", n -> delete("/api/candidates/T-P01?version=999"), f));
        p.add(api("DELETE other person", n -> delete("/api/candidates/T-P12?version=999"), NOBODY));
        // API: contracts and slots
        p.add(api("GET contracts", n -> get("/api/contracts"), signedIn));
        // a buyer may filter their own contracts by territory (none in 25 here); a facilitator of 21 may not ask for 25
        p.add(api("GET contracts of 25", n -> get("/api/contracts?territory=25"), EnumSet.of(Who.ADMIN, Who.BUYER_OWN)));
        p.add(api("GET contracts of another buyer", n -> get("/api/contracts").param("buyer", "Ville de Dijon"), fa));
        p.add(api("GET buyer's own contract", n -> get("/api/contracts/T-C4"), signedIn));
        p.add(api("GET contract of 21, other buyer", n -> get("/api/contracts/T-C1"), fa));
        p.add(api("GET contract of 25", n -> get("/api/contracts/X-C25"), a));
        p.add(api("GET slots of own contract", n -> get("/api/contracts/T-C4/slots"), signedIn));
        p.add(api("GET slots of contract of 25", n -> get("/api/contracts/X-C25/slots"), a));
        p.add(api("POST contract in 21 for the buyer", n -> json("POST", "/api/contracts", contract("N-" + n, "21", OWN_BUYER, null)), fb));
        p.add(api("POST contract in 25 for another buyer", n -> json("POST", "/api/contracts", contract("N-" + n, "25", "Habitat bisontin", null)), NOBODY));
        p.add(api("PUT contract of 21 (stale)", n -> json("PUT", "/api/contracts/T-C1", contract("T-C1", "21", "Ville de Dijon", 999)), f));
        p.add(api("PUT contract of 25", n -> json("PUT", "/api/contracts/X-C25", contract("X-C25", "25", "Habitat bisontin", 999)), NOBODY));
        p.add(api("DELETE contract of 21 (stale)", n -> delete("/api/contracts/T-C1?version=999"), f));
        p.add(api("DELETE contract of 25", n -> delete("/api/contracts/X-C25?version=999"), NOBODY));
        p.add(api("POST slot in 21", n -> json("POST", "/api/contracts/T-C1/slots", slot("NS-" + n, null)), f));
        p.add(api("POST slot in 25", n -> json("POST", "/api/contracts/X-C25/slots", slot("NS-" + n, null)), NOBODY));
        p.add(api("PUT slot in 21 (stale)", n -> json("PUT", "/api/contracts/T-C1/slots/T-S01", slot("T-S01", 999)), f));
        p.add(api("PUT slot in 25", n -> json("PUT", "/api/contracts/X-C25/slots/X-S25", slot("X-S25", 999)), NOBODY));
        p.add(api("DELETE slot in 25", n -> delete("/api/contracts/X-C25/slots/X-S25?version=999"), NOBODY));
        // API: buyers
        p.add(api("GET buyers", n -> get("/api/buyers"), signedIn));
        p.add(api("GET the buyer's organisation", n -> MockMvcRequestBuilders.get("/api/buyers/{code}", OWN_BUYER), signedIn));
        p.add(api("GET another buyer", n -> MockMvcRequestBuilders.get("/api/buyers/{code}", "Ville de Dijon"), fa));
        p.add(api("POST buyer", n -> json("POST", "/api/buyers", "{\"code\":\"B-" + n + "\",\"name\":\"Acheteur " + n + "\",\"kind\":\"OTHER\"}"), fa));
        p.add(api("PUT buyer (stale)", n -> json("PUT", "/api/buyers/{code}", "Ville de Dijon",
                "{\"code\":\"Ville de Dijon\",\"name\":\"Ville de Dijon\",\"kind\":\"LOCAL_AUTHORITY\",\"version\":999}"), fa));
        // a buyer whose contracts all lie in 25: only an administrator may edit it
        p.add(api("PUT buyer of 25 only (stale)", n -> json("PUT", "/api/buyers/{code}", "Habitat bisontin",
                "{\"code\":\"Habitat bisontin\",\"name\":\"Habitat bisontin\",\"kind\":\"SOCIAL_LANDLORD\",\"version\":999}"), a));
        // API: imports and exports
        p.add(api("POST import into 21", n -> upload("/api/imports", "I-" + n, "21"), f));
        p.add(api("POST import into 25", n -> upload("/api/imports", "I-" + n, "25"), NOBODY));
        p.add(api("GET export of 21", n -> get("/api/exports?territory=21"), f));
        p.add(api("GET export of 25", n -> get("/api/exports?territory=25"), NOBODY));
        p.add(api("GET export of one's territories", n -> get("/api/exports"), f));
        // API: plans, pairings, settings, audit
        p.add(api("POST plan in 25", n -> json("POST", "/api/plans", "{\"territory\":\"25\",\"strategy\":\"BASELINE\"}"), NOBODY));
        p.add(api("GET plans of 21", n -> get("/api/plans?territory=21"), f));
        p.add(api("GET plans of 25", n -> get("/api/plans?territory=25"), NOBODY));
        p.add(api("GET own plan", n -> get("/api/plans/" + plan21), f));
        p.add(api("GET other plan", n -> get("/api/plans/" + plan25), NOBODY));
        p.add(api("GET own plan as xlsx", n -> get("/api/plans/" + plan21 + "/export.xlsx"), f));
        p.add(api("GET own plan as csv", n -> get("/api/plans/" + plan21 + "/export.csv"), f));
        p.add(api("GET other plan as xlsx", n -> get("/api/plans/" + plan25 + "/export.xlsx"), NOBODY));
        p.add(api("GET other plan as csv", n -> get("/api/plans/" + plan25 + "/export.csv"), NOBODY));
        p.add(api("DELETE own plan (not running)", n -> delete("/api/plans/" + plan21), f));
        p.add(api("DELETE other plan", n -> delete("/api/plans/" + plan25), NOBODY));
        p.add(api("GET events of own plan", n -> get("/api/plans/" + plan21 + "/events"), f));
        p.add(api("GET events of other plan", n -> get("/api/plans/" + plan25 + "/events"), NOBODY));
        p.add(api("GET pairings of own plan", n -> get("/api/plans/" + plan21 + "/assignments"), f));
        p.add(api("GET pairings of other plan", n -> get("/api/plans/" + plan25 + "/assignments"), NOBODY));
        p.add(api("GET explanation of own plan", n -> get("/api/plans/" + plan21 + "/explanation"), f));
        p.add(api("GET explanation of other plan", n -> get("/api/plans/" + plan25 + "/explanation"), NOBODY));
        p.add(api("GET explanation of a missing plan", n -> get("/api/plans/999999/explanation"), NOBODY));
        p.add(api("GET events of a missing plan", n -> get("/api/plans/999999/events"), NOBODY));
        // a plan's levers (issue 14 part 3): its facilitators only; a buyer sees none of the people tools
        p.add(api("GET levers of own plan", n -> get("/api/plans/" + plan21 + "/levers"), f));
        p.add(api("GET levers of other plan", n -> get("/api/plans/" + plan25 + "/levers"), NOBODY));
        p.add(api("POST levers of own plan", n -> MockMvcRequestBuilders.post("/api/plans/" + plan21 + "/levers"), f));
        p.add(api("POST levers of other plan", n -> MockMvcRequestBuilders.post("/api/plans/" + plan25 + "/levers"), NOBODY));
        p.add(api("GET levers of a missing plan", n -> get("/api/plans/999999/levers"), NOBODY));
        for (String decision : List.of("confirm", "reject", "unassign")) {
            p.add(api(decision + " own pairing (stale)", n -> json("POST", "/api/assignments/" + pairing21 + "/" + decision, "{\"version\":999}"), f));
            p.add(api(decision + " other pairing", n -> json("POST", "/api/assignments/" + pairing25 + "/" + decision, "{\"version\":999}"), NOBODY));
        }
        p.add(api("GET history of own pairing", n -> get("/api/assignments/" + pairing21 + "/history"), f));
        p.add(api("GET history of other pairing", n -> get("/api/assignments/" + pairing25 + "/history"), NOBODY));
        p.add(api("GET settings of 21", n -> get("/api/territories/21/settings"), fa));
        p.add(api("GET settings of 25", n -> get("/api/territories/25/settings"), a));
        p.add(api("PUT settings of 21", n -> json("PUT", "/api/territories/21/settings", "{}"), fa));
        p.add(api("PUT settings of 25", n -> json("PUT", "/api/territories/25/settings", "{}"), a));
        // what a target costs (issue 14 part 4): a territory's figures, no person
        p.add(api("GET target cost of 21", n -> get("/api/territories/21/target-cost?share=women"), fa));
        p.add(api("GET target cost of 25", n -> get("/api/territories/25/target-cost?share=qpv"), a));
        p.add(api("POST target cost of 21", n -> MockMvcRequestBuilders.post("/api/territories/21/target-cost?share=women"), fa));
        p.add(api("POST target cost of 25", n -> MockMvcRequestBuilders.post("/api/territories/25/target-cost?share=women"), a));
        p.add(api("GET audit", n -> get("/api/audit"), a));
        p.add(api("GET accounts", n -> get("/api/users"), a));
        p.add(api("GET an account", n -> get("/api/users/facilitatrice.21"), a));
        p.add(api("unlock an account", n -> MockMvcRequestBuilders.post("/api/users/facilitatrice.21/unlock"), a));
        p.add(api("POST account", n -> json("POST", "/api/users", "{\"username\":\"x" + n + "\"}"), a));
        // Pages
        p.add(page("home", n -> get("/"), signedIn));
        p.add(page("people", n -> get("/candidats"), f));
        p.add(page("people of 25", n -> get("/candidats?territory=25"), NOBODY));
        p.add(page("spreadsheet export of people", n -> get("/candidats/export.csv"), f));
        p.add(page("spreadsheet export of people of 25", n -> get("/candidats/export.csv?territory=25"), NOBODY));
        p.add(page("own person", n -> get("/candidats/T-P01"), f));
        p.add(page("other person", n -> get("/candidats/T-P12"), NOBODY));
        p.add(page("new person form", n -> get("/candidats/nouveau"), f));
        p.add(page("edit own person", n -> get("/candidats/T-P01/modifier"), f));
        p.add(page("edit other person", n -> get("/candidats/T-P12/modifier"), NOBODY));
        p.add(page("register person in 21", n -> form("/candidats", personForm("W-" + n, "21", "0")), f));
        p.add(page("register person in 25", n -> form("/candidats", personForm("W-" + n, "25", "0")), NOBODY));
        p.add(page("save own person (stale)", n -> form("/candidats/T-P01", personForm("T-P01", "21", "999")), f));
        p.add(page("save other person", n -> form("/candidats/T-P12", personForm("T-P12", "25", "999")), NOBODY));
        p.add(page("contracts", n -> get("/contrats"), signedIn));
        p.add(page("buyer's own contract", n -> get("/contrats/T-C4"), signedIn));
        p.add(page("contract of 21, other buyer", n -> get("/contrats/T-C1"), fa));
        p.add(page("contract of 25", n -> get("/contrats/X-C25"), a));
        p.add(page("need form", n -> get("/acheteurs/besoin"), fb));
        p.add(page("my contracts", n -> get("/acheteurs/contrats").param("acheteur", OWN_BUYER), fb));
        // a facilitator sees that buyer's contracts of their territories (none here); a buyer naming another is refused (403)
        p.add(page("another buyer's contracts", n -> get("/acheteurs/contrats").param("acheteur", "Habitat bisontin"), f));
        p.add(page("need form for another buyer", n -> get("/acheteurs/besoin").param("acheteur", "Habitat bisontin"), f));
        p.add(page("import form", n -> get("/import"), f));
        p.add(page("import into 21", n -> upload("/import", "J-" + n, "21"), f));
        p.add(page("import into 25", n -> upload("/import", "J-" + n, "25"), NOBODY));
        p.add(page("plans of 21", n -> get("/plans?territoire=21"), f));
        p.add(page("plans of 25", n -> get("/plans?territoire=25"), NOBODY));
        p.add(page("start plan in 25", n -> form("/plans", Map.of("territoire", "25", "strategie", "BASELINE")), NOBODY));
        p.add(page("own plan", n -> get("/plans/" + plan21), f));
        p.add(page("other plan", n -> get("/plans/" + plan25), NOBODY));
        p.add(page("score of own plan", n -> get("/plans/" + plan21 + "/score"), f));
        p.add(page("score of other plan", n -> get("/plans/" + plan25 + "/score"), NOBODY));
        p.add(page("explanation in own plan", n -> get("/plans/" + plan21 + "/postes/T-S01/explication"), f));
        p.add(page("explanation in other plan", n -> get("/plans/" + plan25 + "/postes/X-S25/explication"), NOBODY));
        p.add(page("explanation fragment in own plan", n -> get("/plans/" + plan21 + "/postes/T-S01/explication?fragment=true"), f));
        p.add(page("explanation fragment in other plan", n -> get("/plans/" + plan25 + "/postes/X-S25/explication?fragment=true"), NOBODY));
        p.add(page("explanation of other plan's slot via own plan", n -> get("/plans/" + plan21 + "/postes/X-S25/explication"), NOBODY));
        p.add(page("explanation in a missing plan", n -> get("/plans/999999/postes/X-S25/explication?fragment=true"), NOBODY));
        p.add(page("score fragment of own plan", n -> get("/plans/" + plan21 + "/score?fragment=true"), f));
        p.add(page("score fragment of other plan", n -> get("/plans/" + plan25 + "/score?fragment=true"), NOBODY));
        p.add(page("score of a missing plan", n -> get("/plans/999999/score?fragment=true"), NOBODY));
        p.add(page("second page of other plan", n -> get("/plans/" + plan25 + "?page=1"), NOBODY));
        p.add(page("a missing plan", n -> get("/plans/999999"), NOBODY));
        p.add(page("decide other pairing through own plan", n -> form("/plans/" + plan21 + "/appariements/" + pairing25,
                Map.of("decision", "confirmer", "version", "999")), NOBODY));
        p.add(page("stop own plan", n -> form("/plans/" + plan21 + "/arret", Map.of()), f));
        p.add(page("stop other plan", n -> form("/plans/" + plan25 + "/arret", Map.of()), NOBODY));
        p.add(page("plan 25 again", n -> form("/plans/" + plan25 + "/replanifier", Map.of()), NOBODY));
        p.add(page("levers of own plan", n -> form("/plans/" + plan21 + "/leviers", Map.of()), f));
        p.add(page("levers of other plan", n -> form("/plans/" + plan25 + "/leviers", Map.of()), NOBODY));
        p.add(page("decide own pairing (stale)", n -> form("/plans/" + plan21 + "/appariements/" + pairing21,
                Map.of("decision", "confirmer", "version", "999")), f));
        p.add(page("decide other pairing", n -> form("/plans/" + plan25 + "/appariements/" + pairing25,
                Map.of("decision", "confirmer", "version", "999")), NOBODY));
        p.add(page("dashboard of 21", n -> get("/tableau-de-bord?territoire=21"), fa));
        p.add(page("dashboard of 25", n -> get("/tableau-de-bord?territoire=25"), a));
        // exports for spreadsheets (issue 14 part 6): a plan, a dashboard, a buyer's contracts
        p.add(page("own plan as xlsx", n -> get("/plans/" + plan21 + "/export.xlsx"), f));
        p.add(page("own plan as csv", n -> get("/plans/" + plan21 + "/export.csv"), f));
        p.add(page("other plan as xlsx", n -> get("/plans/" + plan25 + "/export.xlsx"), NOBODY));
        p.add(page("other plan as csv", n -> get("/plans/" + plan25 + "/export.csv"), NOBODY));
        p.add(page("a missing plan as xlsx", n -> get("/plans/999999/export.xlsx"), NOBODY));
        p.add(page("dashboard of 21 as xlsx", n -> get("/tableau-de-bord/export.xlsx?territoire=21"), fa));
        p.add(page("dashboard of 21 as csv", n -> get("/tableau-de-bord/export.csv?territoire=21"), fa));
        p.add(page("dashboard of 25 as xlsx", n -> get("/tableau-de-bord/export.xlsx?territoire=25"), a));
        p.add(page("dashboard of 25 as csv", n -> get("/tableau-de-bord/export.csv?territoire=25"), a));
        p.add(page("my contracts as xlsx", n -> get("/acheteurs/contrats/export.xlsx").param("acheteur", OWN_BUYER), fb));
        p.add(page("the signed-in buyer's contracts as xlsx", n -> get("/acheteurs/contrats/export.xlsx"), EnumSet.of(Who.BUYER_OWN)));
        p.add(page("another buyer's contracts as xlsx", n -> get("/acheteurs/contrats/export.xlsx").param("acheteur", "Habitat bisontin"), f));
        p.add(page("start the target cost of 21", n -> form("/tableau-de-bord/cout-cible", Map.of("territoire", "21", "part", "women")), fa));
        p.add(page("start the target cost of 25", n -> form("/tableau-de-bord/cout-cible", Map.of("territoire", "25", "part", "qpv")), a));
        p.add(page("settings of 21", n -> get("/territoires/21/reglages"), fa));
        p.add(page("settings of 25", n -> get("/territoires/25/reglages"), a));
        p.add(page("save settings of 25", n -> form("/territoires/25/reglages", Map.of("s:fte-hours", "1607")), a));
        p.add(page("audit journal", n -> get("/admin/journal"), a));
        p.add(page("accounts", n -> get("/admin/utilisateurs"), a));
        p.add(page("an account", n -> get("/admin/utilisateurs/facilitatrice.21"), a));
        p.add(page("new account form", n -> get("/admin/nouveau-compte"), a));
        p.add(page("API description (no data)", n -> get("/v3/api-docs"), EnumSet.allOf(Who.class)));
        // batch runs (issue 12): administrators only; the run is finished, so restart and stop pass access, then stop at 409
        p.add(api("GET batch runs", n -> get("/api/batch-runs"), a));
        p.add(api("GET a batch run", n -> get("/api/batch-runs/" + batchRun), a));
        p.add(api("POST a batch run (unknown territory)", n -> json("POST", "/api/batch-runs",
                "{\"territories\":[\"99\"],\"budgetSeconds\":60}"), a));
        p.add(api("restart a batch run (finished)", n -> MockMvcRequestBuilders.post("/api/batch-runs/" + batchRun + "/restart"), a));
        p.add(api("stop a batch run (finished)", n -> delete("/api/batch-runs/" + batchRun), a));
        p.add(page("batch runs", n -> get("/admin/batch-runs"), a));
        p.add(page("a batch run", n -> get("/admin/batch-runs/" + batchRun), a));
        p.add(page("a batch run's live events", n -> get("/admin/batch-runs/" + batchRun + "/events"), a));
        p.add(page("restart a batch run (finished)", n -> form("/admin/batch-runs/" + batchRun + "/reprise", Map.of()), a));
        p.add(page("stop a batch run (finished)", n -> form("/admin/batch-runs/" + batchRun + "/arret", Map.of()), a));
        // personal access tokens and operations (issue 10)
        p.add(api("GET own tokens", n -> get("/api/tokens"), signedIn));
        p.add(api("GET an account's tokens", n -> get("/api/users/facilitatrice.21/tokens"), a));
        p.add(page("own tokens", n -> get("/compte/jetons"), signedIn));
        p.add(page("an account's tokens", n -> get("/admin/utilisateurs/facilitatrice.21/jetons"), a));
        // writes of accounts and tokens, each stopped by its validation or a stale version once access is granted
        // (making one's own token needs a stored account, which this matrix's users are not: AccessTokenApiTest)
        p.add(api("POST an account's token (no name)", n -> json("POST", "/api/users/facilitatrice.21/tokens",
                "{\"name\":\" \"}"), a));
        p.add(api("PUT an account (stale)", n -> json("PUT", "/api/users/facilitatrice.21", "{\"version\":999}"), a));
        p.add(api("reset a password (too short)", n -> json("POST", "/api/users/facilitatrice.21/password",
                "{\"password\":\"x\"}"), a));
        p.add(page("create an account's token (no name)", n -> form("/admin/utilisateurs/facilitatrice.21/jetons",
                Map.of("name", " ")), a));
        p.add(page("create an account (empty form)", n -> form("/admin/utilisateurs", Map.of()), a));
        p.add(page("edit an account (stale)", n -> form("/admin/utilisateurs/facilitatrice.21", Map.of("version", "999")), a));
        p.add(page("reset a password (too short)", n -> form("/admin/utilisateurs/facilitatrice.21/mot-de-passe",
                Map.of("password", "x")), a));
        p.add(page("unlock an account", n -> form("/admin/utilisateurs/facilitatrice.21/deblocage", Map.of()), a));
        // the sign-in page is everyone's (signed in: sent home); the refusal page refuses everyone
        p.add(page("sign-in page", n -> get("/connexion"), EnumSet.allOf(Who.class)));
        p.add(page("access refused page", n -> get("/acces-refuse"), NOBODY));
        p.add(api("GET health", n -> get("/actuator/health/readiness"), EnumSet.allOf(Who.class)));
        p.add(api("GET metrics", n -> get("/actuator/metrics"), a));
        p.add(api("GET Prometheus metrics", n -> get("/actuator/prometheus"), a));
        // recommendations (issue 14, parts 1 and 2): a facilitator of the person's or the plan's territory only; a proposal
        // passes access then stops at 409 (the person already holds the slot), so the other probes read the same plan
        p.add(api("GET recommendations of own person", n -> get("/api/candidates/T-P01/recommendations"), f));
        p.add(api("GET recommendations of other person", n -> get("/api/candidates/T-P12/recommendations"), NOBODY));
        p.add(api("GET who could fill a slot of own plan", n -> get("/api/plans/" + plan21 + "/slots/T-S02/candidates"), f));
        p.add(api("GET who could fill a slot of other plan", n -> get("/api/plans/" + plan25 + "/slots/X-S25/candidates"), NOBODY));
        p.add(api("GET who could fill other plan's slot via own plan", n -> get("/api/plans/" + plan21 + "/slots/X-S25/candidates"), NOBODY));
        p.add(api("POST proposal in own plan (already held)", n -> json("POST", "/api/plans/" + plan21 + "/proposals",
                "{\"candidate\":\"T-P01\",\"slot\":\"T-S01\"}"), f));
        p.add(api("POST proposal in other plan", n -> json("POST", "/api/plans/" + plan25 + "/proposals",
                "{\"candidate\":\"T-P12\",\"slot\":\"X-S25\"}"), NOBODY));
        p.add(page("recommendations of own person", n -> get("/candidats/T-P01/recommandations"), f));
        p.add(page("recommendations fragment of own person", n -> get("/candidats/T-P01/recommandations?fragment=true"), f));
        p.add(page("recommendations of other person", n -> get("/candidats/T-P12/recommandations?fragment=true"), NOBODY));
        p.add(page("propose own person (already held)", n -> form("/candidats/T-P01/recommandations/proposer",
                Map.of("poste", "T-S01")), f));
        p.add(page("propose other person", n -> form("/candidats/T-P12/recommandations/proposer", Map.of("poste", "X-S25")), NOBODY));
        p.add(page("who could fill a slot of own plan", n -> get("/plans/" + plan21 + "/postes/T-S02/candidats?fragment=true"), f));
        p.add(page("who could fill a slot of other plan", n -> get("/plans/" + plan25 + "/postes/X-S25/candidats"), NOBODY));
        p.add(page("propose in own plan (already held)", n -> form("/plans/" + plan21 + "/postes/T-S01/proposer",
                Map.of("candidat", "T-P01")), f));
        p.add(page("propose other person in own plan", n -> form("/plans/" + plan21 + "/postes/T-S01/proposer",
                Map.of("candidat", "T-P12")), NOBODY));
        p.add(page("propose in other plan", n -> form("/plans/" + plan25 + "/postes/X-S25/proposer", Map.of("candidat", "T-P12")), NOBODY));
        return p;
    }

    private static Probe api(String label, Function<Integer, MockHttpServletRequestBuilder> request, Set<Who> allowed) {
        return new Probe("API " + label, request, allowed, false);
    }

    private static Probe page(String label, Function<Integer, MockHttpServletRequestBuilder> request, Set<Who> allowed) {
        return new Probe("page " + label, request, allowed, true);
    }

    private static MockHttpServletRequestBuilder as(Who who, MockHttpServletRequestBuilder request) {
        MockHttpServletRequestBuilder withToken = request.with(csrf());
        return switch (who) {
            case ADMIN -> withToken.with(TestUsers.as(TestUsers.admin()));
            case FACILITATOR_21 -> withToken.with(TestUsers.as(TestUsers.facilitatorOf("21")));
            case BUYER_OWN -> withToken.with(TestUsers.as(TestUsers.buyerOf(OWN_BUYER)));
            case ANONYMOUS -> withToken;
        };
    }

    private static MockHttpServletRequestBuilder get(String url) {
        return MockMvcRequestBuilders.get(url);
    }

    private static MockHttpServletRequestBuilder delete(String url) {
        return MockMvcRequestBuilders.delete(url);
    }
}
