package fr.clausematch.support;

import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every MockMvc request of an {@link IntegrationTest} is made, unless the test says otherwise with
 * {@code .with(TestUsers.as(...))}, by a facilitator of every territory, with a CSRF token. The access
 * matrix and the CSRF tests build their requests without these defaults.
 */
@TestConfiguration(proxyBeanMethods = false)
class DefaultSignedInUser {

    @Bean
    MockMvcBuilderCustomizer signedInFacilitator(JdbcTemplate jdbc) {
        return builder -> builder.defaultRequest(get("/").with(TestUsers.facilitatorOfEveryTerritory(jdbc)).with(csrf().asHeader()));
    }
}
