package fr.clausematch.web;

import fr.clausematch.security.Role;
import fr.clausematch.account.UserAccount;
import fr.clausematch.account.UserAccountRepository;
import fr.clausematch.support.EmptyDatabaseExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form sent without its CSRF token, or with a wrong one (an expired session's), over real HTTP: Spring
 * Security forwards the POST to the « accès refusé » page, which answers 403 in French and says to reload
 * the form (MockMvc does not follow forwards, so this runs on a real port).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(EmptyDatabaseExtension.class)
class ExpiredFormTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String EXPIRED = "Le formulaire a expiré";

    @LocalServerPort int port;
    @Autowired UserAccountRepository accounts;
    @Autowired PasswordEncoder passwords;

    @Test
    void aSignedInFormWithoutItsTokenOrWithAWrongOneIsRefusedWith403AndAFrenchPage() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(browser);

        HttpResponse<String> missing = post(browser, "/candidats", Map.of("id", "CSRF-1"));
        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(missing.body()).contains("<html lang=\"fr\"", "Accès refusé", EXPIRED, "rechargez la page");

        HttpResponse<String> wrong = post(browser, "/candidats", Map.of("id", "CSRF-2", "_csrf", "not-the-token"));
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).contains(EXPIRED);

        HttpResponse<String> signOut = post(browser, "/deconnexion", Map.of());
        assertThat(signOut.statusCode()).isEqualTo(403);
        assertThat(signOut.body()).contains(EXPIRED);
    }

    @Test
    void aFormWithoutTokenAndWithoutSessionIsRefusedTheSameWay() throws Exception {
        HttpClient stranger = HttpClient.newHttpClient();
        HttpResponse<String> response = post(stranger, "/plans", Map.of("territoire", "21"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Accès refusé", EXPIRED);
    }

    @Test
    void aRoleThatDoesNotReachAPageStillSeesTheRoleMessage() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(browser);
        HttpResponse<String> admin = browser.send(HttpRequest.newBuilder(url("/admin/utilisateurs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(admin.body()).contains("Votre rôle ne donne pas accès à cette page.").doesNotContain(EXPIRED);
    }

    /** Creates a facilitator's account and signs in through the sign-in form, as a browser would. */
    private void signIn(HttpClient browser) throws IOException, InterruptedException {
        String username = "formulaire." + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();
        UserAccount account = new UserAccount(username, "Compte de test", passwords.encode(password), Role.FACILITATOR);
        account.setScope(Role.FACILITATOR, Set.of("21"), null);
        accounts.save(account);
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(url("/connexion")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
        HttpResponse<String> signedIn = post(browser, "/connexion",
                Map.of("identifiant", username, "motDePasse", password, "_csrf", token.group(1)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("/connexion");
    }

    private HttpResponse<String> post(HttpClient client, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(url(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
