package fr.clausematch.account;

import fr.clausematch.support.ApiDescriptionValidation;
import fr.clausematch.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * On the embedded database the demonstration accounts exist, with random passwords written only to an
 * owner-only file (named on the sign-in page), and each signs in and reaches only what its role may.
 */
@IntegrationTest
class DemoAccountsTest {

    @Autowired WebApplicationContext context;
    @Autowired AccountProperties properties;

    @Test
    void eachDemoAccountSignsInWithThePasswordOfTheFileAndSeesOnlyItsRole() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .alwaysDo(context.getBean(ApiDescriptionValidation.class).validation()).build();
        assertThat(Files.getPosixFilePermissions(properties.demoAccountsFile()))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        Map<String, String> passwords = new HashMap<>();
        for (String line : Files.readAllLines(properties.demoAccountsFile(), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) {
                String[] cells = line.split("\t");
                passwords.put(cells[0], cells[1]);
            }
        }
        assertThat(passwords.keySet()).containsExactlyInAnyOrder("admin", "facilitatrice.21", "facilitateur.25",
                "bailleur.besancon", "departement.21");
        assertThat(passwords.values()).allSatisfy(password -> assertThat(password).hasSizeGreaterThanOrEqualTo(16));
        assertThat(Set.copyOf(passwords.values())).hasSize(passwords.size());

        for (var account : passwords.entrySet()) {
            mvc.perform(get("/api/territories").with(httpBasic(account.getKey(), account.getValue()))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/audit").with(httpBasic("admin", passwords.get("admin")))).andExpect(status().isOk());
        mvc.perform(get("/api/candidates").with(httpBasic("admin", passwords.get("admin")))).andExpect(status().isForbidden());
        mvc.perform(get("/api/candidates").param("territory", "21").with(httpBasic("facilitatrice.21", passwords.get("facilitatrice.21"))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/candidates").param("territory", "25").with(httpBasic("facilitatrice.21", passwords.get("facilitatrice.21"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/candidates").param("territory", "25").with(httpBasic("facilitateur.25", passwords.get("facilitateur.25"))))
                .andExpect(status().isOk());
        for (String buyer : List.of("bailleur.besancon", "departement.21")) {
            mvc.perform(get("/api/candidates").with(httpBasic(buyer, passwords.get(buyer)))).andExpect(status().isForbidden());
            mvc.perform(get("/api/contracts").with(httpBasic(buyer, passwords.get(buyer)))).andExpect(status().isOk());
        }
        mvc.perform(get("/connexion")).andExpect(content().string(containsString(properties.demoAccountsFile().toString())));
    }
}
