package fr.clausematch.support;

import fr.clausematch.security.Role;
import fr.clausematch.security.SignedInUser;
import fr.clausematch.territory.TerritoryNames;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.HashSet;
import java.util.Set;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Signed-in users for MockMvc requests, built as the application builds them from an account. */
public final class TestUsers {

    /** The name under which the default test user acts (audit log, history of decisions). */
    public static final String DEFAULT_FACILITATOR = "facilitateur.test";

    private TestUsers() {
    }

    public static SignedInUser facilitatorOf(String... territories) {
        return new SignedInUser("facilitateur." + String.join("-", territories), "Facilitateur " + String.join(", ", territories),
                Role.FACILITATOR, Set.of(territories), null, true, false, "");
    }

    public static SignedInUser buyerOf(String buyerCode) {
        return new SignedInUser("acheteur.test", "Acheteur " + buyerCode, Role.BUYER, Set.of(), buyerCode, true, false, "");
    }

    public static SignedInUser admin() {
        return new SignedInUser("admin.test", "Administrateur", Role.ADMIN, Set.of(), null, true, false, "");
    }

    /** Signs the user in on the test's own thread, for tests that call services directly. */
    public static void signIn(SignedInUser signedIn) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities()));
    }

    public static RequestPostProcessor as(SignedInUser signedIn) {
        return user(signedIn);
    }

    /**
     * The default user of {@link IntegrationTest}s: a facilitator of every département and of every territory
     * the database holds at the time of the request (so tests about features need not care about scope;
     * the access matrix does).
     */
    public static RequestPostProcessor facilitatorOfEveryTerritory(JdbcTemplate jdbc) {
        return request -> {
            Set<String> codes = new HashSet<>(TerritoryNames.departementCodes());
            codes.addAll(jdbc.queryForList("SELECT code FROM territory", String.class));
            return user(new SignedInUser(DEFAULT_FACILITATOR, "Facilitateur de test", Role.FACILITATOR, codes, null,
                    true, false, "")).postProcessRequest(request);
        };
    }
}
