package fr.clausematch.planning;

import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.security.core.context.SecurityContextHolder;
import fr.clausematch.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The planning pages: plans, one plan (live, then its review), dashboard and settings (solver time limit 2 s in tests). */
@IntegrationTest
class PlanPagesTest {

    @Autowired MockMvc mvc;
    @Autowired DatasetImporter importer;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlanRuns runs;
    @Autowired PlanReading reading;

    @BeforeEach
    void sample() {
        TinySample.load(importer);
    }

    /** The services, called as a facilitator of 21 (each MockMvc request clears the test thread's sign-in). */
    PlanRuns runs() {
        TestUsers.signIn(TestUsers.facilitatorOf("21"));
        return runs;
    }

    PlanReading reading() {
        TestUsers.signIn(TestUsers.facilitatorOf("21"));
        return reading;
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    PlanView awaitEnd(long planId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            PlanView plan = reading().view(planId);
            if (plan.status() != PlanStatus.SOLVING && plan.status() != PlanStatus.QUEUED) {
                return plan;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("plan " + planId + " still solving after 60 s");
    }

    long latestPlan() {
        return jdbc.queryForObject("SELECT max(id) FROM plan", Long.class);
    }

    @Test
    void plansPageStartsAPlanThatIsShownLiveThenReviewed() throws Exception {
        mvc.perform(get("/plans").param("territoire", "21"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html lang=\"fr\""),
                        containsString("Aucun plan pour l&#39;instant : lancez un plan."),
                        containsString("Lancer le plan du territoire 21"), containsString("aria-current=\"page\""))));

        mvc.perform(post("/plans").param("territoire", "21").param("strategie", "OPTIMIZE"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/plans/*"));
        long id = latestPlan();
        mvc.perform(get("/plans/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("En cours de calcul"),
                        containsString("data-events=\"/api/plans/" + id + "/events\""), containsString("id=\"live-hours\""),
                        containsString("Arrêter le calcul"), containsString("/webjars/echarts/5.3.1/dist/echarts.min.js"))));
        mvc.perform(post("/plans").param("territoire", "21"))
                .andExpect(redirectedUrl("/plans?territoire=21"))
                .andExpect(flash().attribute("refused", containsString("déjà en cours de calcul")));

        awaitEnd(id);
        mvc.perform(get("/plans/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Terminé"), containsString("Planifier à nouveau"),
                        containsString("T-S01"), containsString("T-C1"), containsString("Confirmer"),
                        containsString("Pourquoi ?"), containsString("Pénurie"), not(containsString("Arrêter le calcul")),
                        not(containsString("data-running=\"true\"")))));
        mvc.perform(get("/plans").param("territoire", "21"))
                .andExpect(content().string(allOf(containsString("Plan " + id), containsString("Optimiser"))));
    }

    /** Issue 11: explanations follow the reader's language; the plan reads in words and hours, the raw score only on its page. */
    @Test
    void explanationsInTheReadersLanguageAndTheScoreInWords() throws Exception {
        PlanView plan = runs().start("21", PlanStrategy.BASELINE, "test");
        String filled = jdbc.queryForObject("SELECT s.external_id FROM assignment a JOIN slot s ON s.id = a.slot_id "
                + "WHERE a.plan_id = ? ORDER BY s.external_id LIMIT 1", String.class, plan.id());
        String score = reading().view(plan.id()).score();
        mvc.perform(get("/plans/" + plan.id() + "/postes/" + filled + "/explication").param("fragment", "true").param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Rules 1 to 8 met: trade"), containsString("insertion hours."),
                        not(containsString("Règles 1 à 8")), not(containsString("hard/")))));
        mvc.perform(get("/plans/" + plan.id() + "/postes/" + filled + "/explication").param("fragment", "true").param("lang", "fr"))
                .andExpect(content().string(allOf(containsString("Règles 1 à 8 respectées : métier"), not(containsString("hard/")))));
        mvc.perform(get("/plans/" + plan.id()))
                .andExpect(content().string(allOf(containsString("toutes les règles respectées"), containsString("Bilan du plan"),
                        not(containsString(score)), not(containsString("Meilleur score")))));
        mvc.perform(get("/plans").param("territoire", "21"))
                .andExpect(content().string(allOf(containsString("toutes les règles respectées"), not(containsString(score)))));
        mvc.perform(get("/plans/" + plan.id() + "/score"))
                .andExpect(content().string(containsString(score)));
        mvc.perform(get("/plans/" + plan.id() + "/score").param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Unfilled insertion hours"), containsString("31 days after"))));
        mvc.perform(get("/plans/" + plan.id()).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("all rules met"), containsString("Plan summary"))));
    }

    @Test
    void explanationsAndScoreByConstraint() throws Exception {
        PlanView plan = runs().start("21", PlanStrategy.BASELINE, "test");
        String filled = jdbc.queryForObject("SELECT s.external_id FROM assignment a JOIN slot s ON s.id = a.slot_id "
                + "WHERE a.plan_id = ? ORDER BY s.external_id LIMIT 1", String.class, plan.id());
        mvc.perform(get("/plans/" + plan.id() + "/postes/" + filled + "/explication").param("fragment", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Règles 1 à 8 respectées"), not(containsString("<html")))));
        mvc.perform(get("/plans/" + plan.id() + "/postes/" + filled + "/explication"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html lang=\"fr\""), containsString("Pourquoi : poste " + filled))));
        mvc.perform(get("/plans/" + plan.id() + "/score"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Score par contrainte du plan " + plan.id()),
                        containsString("Heures d&#39;insertion non pourvues"), containsString("Ce qu&#39;elle compte"))));
        mvc.perform(get("/plans/" + plan.id() + "/postes/NOPE/explication"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("introuvable")));
        mvc.perform(get("/plans/999999")).andExpect(status().isNotFound());
    }

    @Test
    void decisionsConfirmThenAStaleVersionIsRefusedWith409InFrench() throws Exception {
        PlanView plan = runs().start("21", PlanStrategy.BASELINE, "test");
        Map<String, Object> a = jdbc.queryForMap("SELECT a.id, a.version, s.external_id AS slot FROM assignment a "
                + "JOIN slot s ON s.id = a.slot_id WHERE a.plan_id = ? ORDER BY s.external_id LIMIT 1", plan.id());
        String action = "/plans/" + plan.id() + "/appariements/" + a.get("id");
        mvc.perform(post(action).param("decision", "confirmer").param("version", a.get("version").toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/plans/" + plan.id() + "#poste-" + a.get("slot")));
        mvc.perform(get("/plans/" + plan.id()).flashAttr("decided", a.get("slot")).flashAttr("decidedStatus", AssignmentStatus.CONFIRMED))
                .andExpect(content().string(containsString("Poste " + a.get("slot") + " : appariement confirmé.")));
        mvc.perform(post(action).param("decision", "refuser").param("version", a.get("version").toString()))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("a été modifié entre-temps"), containsString("role=\"alert\""),
                        containsString("Planifier à nouveau"))));
        assertThat(jdbc.queryForObject("SELECT status FROM assignment WHERE id = ?", String.class, a.get("id"))).isEqualTo("CONFIRMED");
        mvc.perform(post(action).param("decision", "n-importe").param("version", "0")).andExpect(status().isNotFound());

        mvc.perform(post("/plans/" + plan.id() + "/replanifier")).andExpect(redirectedUrlPattern("/plans/*"));
        long again = latestPlan();
        awaitEnd(again);
        assertThat(jdbc.queryForObject("SELECT a.status FROM assignment a JOIN slot s ON s.id = a.slot_id "
                + "WHERE a.plan_id = ? AND s.external_id = ?", String.class, again, a.get("slot"))).isEqualTo("CONFIRMED");
    }

    @Test
    void dashboardIsEmptyUntilAPlanIsDoneThenShowsPlanBaselineAndNationalFigures() throws Exception {
        mvc.perform(get("/tableau-de-bord"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tableau de bord"),
                        containsString("Aucun plan terminé pour ce territoire : lancez un plan."), not(containsString("echarts.min.js")))));
        awaitEnd(runs().start("21", PlanStrategy.OPTIMIZE, "test").id());
        mvc.perform(get("/tableau-de-bord").param("territoire", "21"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"dashboard-table\""), containsString("Tous marchés"),
                        containsString("Travaux"), containsString("Prestations intellectuelles"),
                        containsString("référence premier arrivé, premier servi (R)"), containsString("France 2020"),
                        matchesPattern("(?s).*\\(18[\\s\\u00a0\\u202f]%\\).*"), matchesPattern("(?s).*\\(23[\\s\\u00a0\\u202f]%\\).*"),
                        matchesPattern("(?s).*\\(56[\\s\\u00a0\\u202f]%\\).*"), containsString("/webjars/echarts/5.3.1/dist/echarts.min.js"),
                        containsString("id=\"chart-women\""))));
        mvc.perform(get("/tableau-de-bord").param("territoire", "21").param("lang", "en"))
                .andExpect(content().string(allOf(containsString("<html lang=\"en\""), containsString("All contracts"))));
        mvc.perform(get("/tableau-de-bord").param("territoire", "99")).andExpect(status().isNotFound());
        mvc.perform(get("/webjars/echarts/5.3.1/dist/echarts.min.js")).andExpect(status().isOk());
    }

    @Test
    void settingsShowDefaultsAndSaveAllOrNothingWithFrenchErrors() throws Exception {
        mvc.perform(get("/territoires/21/reglages"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Réglages du territoire 21"),
                        containsString("Cible de femmes, travaux"), containsString("Défaut : 0.9."),
                        containsString("for=\"set-weight-women-share\""), containsString("name=\"s:weight.women-share\""),
                        containsString("readonly"), not(containsString("name=\"s:weight.pairing-rules\"")))));

        mvc.perform(post("/territoires/21/reglages").param("s:weight.women-share", "abc")
                        .param("s:target.qpv-share.WORKS", "0.4").param("s:fte-hours", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("réglage(s) à corriger : rien n&#39;a été enregistré"),
                        containsString("valeur invalide : abc"), containsString("un ETP compte entre 1 et 2 500 heures"),
                        containsString("id=\"set-weight-women-share-error\""), containsString("aria-invalid=\"true\""),
                        containsString("value=\"abc\""))));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM territory_setting", Integer.class)).isZero();

        mvc.perform(post("/territoires/21/reglages").param("s:weight.women-share", "0hard/0medium/30soft")
                        .param("s:target.qpv-share.WORKS", "0.4").param("s:weight.pairing-rules", "0hard/0medium/0soft"))
                .andExpect(redirectedUrl("/territoires/21/reglages"))
                .andExpect(flash().attribute("saved", true));
        mvc.perform(get("/territoires/21/reglages"))
                .andExpect(content().string(allOf(containsString("value=\"0hard/0medium/30soft\""), containsString("personnalisé"))));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM territory_setting WHERE name = 'weight.pairing-rules'", Integer.class))
                .isZero();
    }
}
