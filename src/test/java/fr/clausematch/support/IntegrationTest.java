package fr.clausematch.support;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of the whole application on a real PostgreSQL (a fresh embedded one, or the server named by
 * SPRING_DATASOURCE_URL), with MockMvc. Every such test shares one Spring context, and starts on an
 * empty database; requests are made by a facilitator of every territory ({@link DefaultSignedInUser}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(EmptyDatabaseExtension.class)
@Import({DefaultSignedInUser.class, ApiDescriptionValidation.class})
public @interface IntegrationTest {
}
