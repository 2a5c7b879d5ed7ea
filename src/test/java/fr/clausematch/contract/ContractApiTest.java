package fr.clausematch.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.clausematch.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ContractApiTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void buyer() throws Exception {
        mvc.perform(post("/api/buyers").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"ORVITIS\",\"name\":\"Orvitis\",\"kind\":\"SOCIAL_LANDLORD\"}"))
                .andExpect(status().isCreated());
    }

    ObjectNode contract(String id) {
        ObjectNode form = json.createObjectNode();
        form.put("id", id);
        form.put("buyer", "ORVITIS");
        form.put("title", "Réhabilitation de 120 logements, Grésilles");
        form.put("type", "WORKS");
        form.put("legalBasis", "EXECUTION_CLAUSE");
        form.put("anru", true);
        form.put("commune", "Dijon");
        form.put("latitude", 47.335);
        form.put("longitude", 5.06);
        form.put("qpvCode", "QP021001");
        form.put("startDate", "2026-03-01");
        form.put("endDate", "2026-12-31");
        form.put("requiredHours", 700);
        form.put("territory", "21");
        ObjectNode slot = form.putArray("slots").addObject();
        slot.put("id", id + "-S1");
        slot.put("trade", "F1704");
        slot.put("hours", 350);
        slot.put("startDate", "2026-03-01");
        slot.put("endDate", "2026-05-31");
        slot.put("hoursPerWeek", 35);
        slot.putArray("requiredLicences").add("CACES_R482");
        return form;
    }

    @Test
    void submitAContractWithItsSlotsThenListAndRead() throws Exception {
        mvc.perform(post("/api/contracts").contentType(MediaType.APPLICATION_JSON).content(contract("K1").toString()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.slotHours").value(350))
                .andExpect(jsonPath("$.slots[0].id").value("K1-S1"))
                .andExpect(jsonPath("$.slots[0].minQualificationLevel").value(0));
        ObjectNode services = contract("K2");
        services.put("type", "SERVICES");
        services.put("anru", false);
        services.putNull("qpvCode");
        mvc.perform(post("/api/contracts").contentType(MediaType.APPLICATION_JSON).content(services.toString()))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/contracts").param("type", "WORKS"))
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value("K1"))
                .andExpect(jsonPath("$.content[0].slotCount").value(1));
        mvc.perform(get("/api/contracts").param("qpv", "false")).andExpect(jsonPath("$.content[0].id").value("K2"));
        mvc.perform(get("/api/contracts").param("anru", "true").param("buyer", "ORVITIS"))
                .andExpect(jsonPath("$.page.totalElements").value(1));
        mvc.perform(get("/api/contracts/K1/slots")).andExpect(jsonPath("$[0].requiredLicences[0]").value("CACES_R482"));
        mvc.perform(get("/api/contracts").param("type", "ROADS"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
    }

    @Test
    void invalidContractAndSlotAreRefusedFieldByField() throws Exception {
        ObjectNode bad = contract("K3");
        bad.put("endDate", "2026-01-01");
        bad.put("requiredHours", -5);
        ObjectNode slot = (ObjectNode) bad.get("slots").get(0);
        slot.put("hours", -1);
        slot.put("trade", "maçon");
        mvc.perform(post("/api/contracts").contentType(MediaType.APPLICATION_JSON).content(bad.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("periodValid", "requiredHours",
                        "slots[0].hours", "slots[0].trade")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM contract", Integer.class)).isZero();
    }

    @Test
    void unknownBuyerIsAFieldErrorAndNothingIsWritten() throws Exception {
        ObjectNode form = contract("K4");
        form.put("buyer", "INCONNU");
        mvc.perform(post("/api/contracts").contentType(MediaType.APPLICATION_JSON).content(form.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("buyer"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM slot", Integer.class)).isZero();
    }

    @Test
    void editsNeedTheReadVersion() throws Exception {
        mvc.perform(post("/api/contracts").contentType(MediaType.APPLICATION_JSON).content(contract("K5").toString()))
                .andExpect(status().isCreated());
        ObjectNode edit = contract("K5");
        edit.put("version", 0);
        edit.put("requiredHours", 800);
        mvc.perform(put("/api/contracts/K5").contentType(MediaType.APPLICATION_JSON).content(edit.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requiredHours").value(800))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/contracts/K5").contentType(MediaType.APPLICATION_JSON).content(edit.toString()))
                .andExpect(status().isConflict());

        ObjectNode slot = (ObjectNode) contract("K5").get("slots").get(0);
        slot.put("version", 0);
        slot.put("hours", 420);
        mvc.perform(put("/api/contracts/K5/slots/K5-S1").contentType(MediaType.APPLICATION_JSON).content(slot.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hours").value(420));
        mvc.perform(put("/api/contracts/K5/slots/K5-S1").contentType(MediaType.APPLICATION_JSON).content(slot.toString()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Poste K5-S1")));
        mvc.perform(put("/api/contracts/K5/slots/NOPE").contentType(MediaType.APPLICATION_JSON)
                        .content(slot.put("id", "NOPE").toString()))
                .andExpect(status().isNotFound());
    }

    @Test
    void addAndRemoveASlot() throws Exception {
        mvc.perform(post("/api/contracts").contentType(MediaType.APPLICATION_JSON).content(contract("K6").toString()))
                .andExpect(status().isCreated());
        ObjectNode slot = json.createObjectNode();
        slot.put("id", "K6-S2");
        slot.put("trade", "F1606");
        slot.put("hours", 140);
        slot.put("startDate", "2026-06-01");
        slot.put("endDate", "2026-06-30");
        slot.put("hoursPerWeek", 17.5);
        mvc.perform(post("/api/contracts/K6/slots").contentType(MediaType.APPLICATION_JSON).content(slot.toString()))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/contracts/K6/slots").contentType(MediaType.APPLICATION_JSON).content(slot.toString()))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/contracts/K6")).andExpect(jsonPath("$.slotHours").value(490));
        mvc.perform(delete("/api/contracts/K6/slots/K6-S2").param("version", "0")).andExpect(status().isNoContent());
        mvc.perform(get("/api/contracts/K6")).andExpect(jsonPath("$.slotHours").value(350));
    }

    @Test
    void buyersAreListedAndEditedWithTheirVersion() throws Exception {
        mvc.perform(get("/api/buyers")).andExpect(jsonPath("$[0].code").value("ORVITIS"));
        mvc.perform(put("/api/buyers/ORVITIS").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"ORVITIS\",\"name\":\"Orvitis (OPH 21)\",\"kind\":\"SOCIAL_LANDLORD\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/buyers/ORVITIS").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"ORVITIS\",\"name\":\"Autre\",\"kind\":\"SOCIAL_LANDLORD\",\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/buyers/NOPE")).andExpect(status().isNotFound());
    }
}
