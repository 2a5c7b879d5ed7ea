package fr.clausematch.browser;

import fr.clausematch.security.Role;
import fr.clausematch.support.EmptyDatabaseExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator creates a facilitator's account on the accounts page; the facilitator signs in with it
 * (after a wrong password, told so in French), works on their territory and is refused the administration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(EmptyDatabaseExtension.class)
class BrowserAccountsTest extends BrowserTest {

    @Test
    void anAdministratorCreatesAFacilitatorWhoSignsInAndSeesOnlyTheirRole() {
        signInAs(Role.ADMIN, Set.of(), null);
        follow(driver.findElement(By.linkText("Comptes")));
        open("/admin/nouveau-compte");
        String username = "camille." + UUID.randomUUID().toString().substring(0, 6);
        String password = "Tournesol-" + UUID.randomUUID();
        type("username", username);
        type("displayName", "Camille Martin");
        click(driver.findElement(By.cssSelector("input[name='role'][value='FACILITATOR']")));
        type("otherTerritories", "21");
        type("password", password);
        type("passwordConfirmation", password);
        shoot("account-new");
        follow(driver.findElement(By.cssSelector("form[action='/admin/utilisateurs'] button[type='submit']")));
        assertThat(driver.getPageSource()).contains(username).contains("Camille Martin");
        shoot("accounts");

        signIn(username, "pas-le-bon");
        assertThat(byId("erreur-connexion").getText()).isEqualTo("Identifiant ou mot de passe incorrect, ou trop d'essais récents depuis ce poste : vérifiez et réessayez dans un moment.");
        shoot("sign-in-refused");
        signIn(username, password);
        assertThat(driver.findElement(By.className("account-name")).getText()).contains("Camille Martin").contains("Facilitateur");
        open("/candidats");
        assertThat(driver.getTitle()).startsWith("Candidats");
        open("/admin/utilisateurs");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Accès refusé");
        follow(driver.findElement(By.cssSelector("form.account button[type='submit']")));
        assertThat(byId("identifiant").isDisplayed()).isTrue();
        assertThat(driver.getPageSource()).contains("Vous êtes déconnecté.");
    }
}
