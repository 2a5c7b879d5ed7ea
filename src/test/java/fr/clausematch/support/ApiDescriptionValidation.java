package fr.clausematch.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.mockmvc.MockMvcRequest;
import com.atlassian.oai.validator.mockmvc.MockMvcResponse;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.anyOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageContainsSubstring;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Keeps the API's description true: every MockMvc exchange of an {@link IntegrationTest} made on {@code /api/**}
 * is checked against {@code /v3/api-docs}, as served by the same context, and a response the description does
 * not allow fails the test (operation, status and what is wrong). Requests are checked too when the application
 * accepted them (a 2xx): a request the description refuses but the application takes means the description is
 * wrong, while a deliberately bad request answered 4xx is what the test is about. Tests that build their own
 * MockMvc add {@link #validation()} with {@code alwaysDo}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ApiDescriptionValidation {

    /** Responses of /api validated in this JVM (all contexts, all test classes), by status. */
    private static final Map<Integer, AtomicInteger> VALIDATED = new ConcurrentSkipListMap<>();
    private static final Path COUNT_FILE = Path.of("target", "openapi-validated-responses.txt");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ApiDescriptionValidation::writeCount));
    }

    private final WebApplicationContext context;
    private volatile OpenApiInteractionValidator validator;

    ApiDescriptionValidation(WebApplicationContext context) {
        this.context = context;
    }

    @Bean
    MockMvcBuilderCustomizer validatedAgainstApiDescription() {
        return builder -> builder.alwaysDo(validation());
    }

    /**
     * Reads the description and warms the validator up once the context is ready, so that the first request of a
     * test against a running plan is not slowed by it.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() throws Exception {
        validator().validateResponse("/api/territories", Request.Method.GET, SimpleResponse.Builder.status(401)
                .withContentType("application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"t\",\"status\":401}").build());
    }

    /** The check itself, for {@code MockMvcBuilders...alwaysDo(...)}. */
    public ResultHandler validation() {
        return this::validate;
    }

    private void validate(MvcResult result) throws Exception {
        if (!result.getRequest().isAsyncStarted()) {
            check(result.getRequest(), result.getResponse()); // a stream is checked once dispatched, with its body
        }
    }

    /** Fails when an exchange on /api is not what the description allows; pages are not part of the API. */
    void check(MockHttpServletRequest request, MockHttpServletResponse response) throws Exception {
        String path = request.getRequestURI();
        if (!path.startsWith("/api/")) {
            return;
        }
        int status = response.getStatus();
        ValidationReport report = status / 100 == 2
                ? validator().validate(MockMvcRequest.of(request), MockMvcResponse.of(response))
                : validator().validateResponse(path, MockMvcRequest.of(request).getMethod(), MockMvcResponse.of(response));
        if (report.hasErrors()) {
            throw new AssertionError("response does not follow /v3/api-docs: " + request.getMethod() + " " + path
                    + " → " + status + " " + response.getContentType() + "\n"
                    + report.getMessages().stream().filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                    .map(message -> "  - " + message.getKey() + " : " + message.getMessage())
                    .collect(Collectors.joining("\n"))
                    + "\n  body: " + abbreviate(response.getContentAsString(StandardCharsets.UTF_8)));
        }
        VALIDATED.computeIfAbsent(status, key -> new AtomicInteger()).incrementAndGet();
    }

    /** Writes how many responses were validated, for the record of a test run (the file is rewritten by each JVM). */
    private static void writeCount() {
        int total = VALIDATED.values().stream().mapToInt(AtomicInteger::get).sum();
        String line = total + " responses of /api validated against /v3/api-docs, by status: " + VALIDATED;
        System.err.println(line);
        try {
            Files.writeString(COUNT_FILE, line + System.lineSeparator());
        } catch (IOException e) {
            System.err.println("cannot write " + COUNT_FILE + ": " + e.getMessage());
        }
    }

    private OpenApiInteractionValidator validator() throws Exception {
        OpenApiInteractionValidator current = validator;
        if (current == null) {
            synchronized (this) {
                if (validator == null) {
                    String description = MockMvcBuilders.webAppContextSetup(context).build()
                            .perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(description)
                            .withLevelResolver(LevelResolver.create()
                                    // every field a response carries is declared
                                    .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                                    // test users are signed in by MockMvc, not by an Authorization header
                                    .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
                                    .build())
                            .withWhitelist(ValidationErrorsWhitelist.create().withRule(
                                    "the CSRF token of a session-authenticated test request, not part of the API",
                                    allOf(messageHasKey("validation.request.parameter.query.unexpected"),
                                            messageContainsSubstring("'_csrf'")))
                                    .withRule("paging and sorting sent on purpose to a list that takes none "
                                                    + "(SortParametersTest: the app ignores them, it must not crash)",
                                            allOf(messageHasKey("validation.request.parameter.query.unexpected"),
                                                    anyOf(messageContainsSubstring("'sort'"), messageContainsSubstring("'page'"),
                                                            messageContainsSubstring("'size'")),
                                                    anyOf(messageContainsSubstring("\"/api/audit\""),
                                                            messageContainsSubstring("\"/api/users\"")))))
                            .build();
                }
                current = validator;
            }
        }
        return current;
    }

    private static String abbreviate(String body) {
        return body.length() <= 600 ? body : body.substring(0, 600) + "…";
    }
}
