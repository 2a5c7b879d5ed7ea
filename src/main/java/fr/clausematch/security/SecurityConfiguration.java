package fr.clausematch.security;


import com.fasterxml.jackson.databind.ObjectMapper;
import fr.clausematch.web.ApiExceptionHandler;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

/**
 * Who may reach what, by role; what lies inside a role's reach (territories, buyer) is checked where the
 * records are read ({@link SignedInUser}, {@link CurrentUser}).
 *
 * <ul>
 *   <li>{@code /api/**} and {@code /actuator/**}: a personal access token ({@code Authorization: Bearer cm_…},
 *   {@link AccessTokenSignIn}) or HTTP Basic, no session of its own (a page's session also works, for the pages'
 *   scripts); 401 and 403 as problem details in French. CSRF tokens are required from session-authenticated
 *   requests only: a request carrying its own {@code Authorization} header cannot be forged by another site.</li>
 *   <li>Pages: form sign-in at {@code /connexion}, CSRF tokens in every form, sign-out by POST, a French
 *   403 page, session timeout ({@code server.servlet.session.timeout}), security headers with a content
 *   security policy that allows only this site's scripts.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableWebSecurity
class SecurityConfiguration {

    static final String FACILITATOR = Role.FACILITATOR.name();
    static final String BUYER = Role.BUYER.name();
    static final String ADMIN = Role.ADMIN.name();

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * Argon2id (OWASP's first choice: 19 MiB, 2 iterations, 1 lane by default); hashes are stored with
     * their algorithm ({@code {argon2}…}) so that a later change of algorithm keeps old hashes readable.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${clausematch.security.argon2.memory-kib:19456}") int memoryKib,
                                    @Value("${clausematch.security.argon2.iterations:2}") int iterations) {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", new Argon2PasswordEncoder(16, 32, 1, memoryKib, iterations),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    /** Username and password, throttled; the only way the form and HTTP Basic sign in (no fallback manager). */
    @Bean
    ThrottledPasswordAuthentication passwordSignIn(AccountDetailsService accounts, PasswordEncoder passwords,
                                                   LoginThrottle throttle, Clock clock) {
        return new ThrottledPasswordAuthentication(accounts, passwords, throttle, clock);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json, ThrottledPasswordAuthentication passwordSignIn,
                            AccessTokenLookup tokens) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .authenticationManager(new ProviderManager(passwordSignIn))
                .addFilterBefore(new AccessTokenSignIn(tokens).filter((request, response, e) -> {
                    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Clausematch API\", error=\"invalid_token\"");
                    write(json, response, HttpStatus.UNAUTHORIZED, "Authentification requise",
                            "jeton d'accès inconnu, expiré ou révoqué, ou compte désactivé", "unauthorized");
                }), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(rules -> rules
                        // health (liveness, readiness) for anyone, without details; the rest of Actuator for administrators
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(ADMIN)
                        .requestMatchers("/api/audit/**", "/api/users/**", "/api/batch-runs/**").hasRole(ADMIN)
                        .requestMatchers("/api/candidates/**", "/api/imports/**", "/api/exports/**", "/api/plans/**",
                                "/api/assignments/**").hasRole(FACILITATOR)
                        .requestMatchers("/api/territories/*/settings").hasAnyRole(FACILITATOR, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/contracts/**", "/api/buyers/**", "/api/territories")
                        .authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/contracts").hasAnyRole(FACILITATOR, BUYER)
                        .requestMatchers("/api/contracts/**").hasRole(FACILITATOR)
                        .requestMatchers("/api/buyers/**").hasAnyRole(FACILITATOR, ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Clausematch API")
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                                    "Basic realm=\"Clausematch API\", charset=\"UTF-8\", Bearer realm=\"Clausematch API\"");
                            write(json, response, HttpStatus.UNAUTHORIZED, "Authentification requise",
                                    "identifiez-vous avec un jeton d'accès (Bearer) ou en HTTP Basic avec un compte Clausematch",
                                    "unauthorized");
                        }))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) -> {
                    if (e instanceof CsrfException) {
                        write(json, response, HttpStatus.FORBIDDEN, "Accès refusé", "une requête faite avec la session "
                                + "d'une page doit porter son jeton CSRF (en-tête X-CSRF-TOKEN) : rechargez la page", "csrf");
                    } else {
                        write(json, response, HttpStatus.FORBIDDEN, "Accès refusé",
                                "votre rôle ne donne pas accès à cette ressource", "forbidden");
                    }
                }))
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AccountDetailsService accounts,
                          ThrottledPasswordAuthentication passwordSignIn) throws Exception {
        http.addFilterAfter(new SessionAccountRefresh(accounts), SecurityContextHolderFilter.class)
                .authenticationManager(new ProviderManager(passwordSignIn))
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers("/connexion", "/acces-refuse", "/error", "/css/**", "/js/**", "/webjars/**",
                                "/favicon.ico").permitAll()
                        // the API's description holds no data; its operations each need an account
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/admin/**").hasRole(ADMIN)
                        .requestMatchers("/candidats/**", "/import/**", "/plans/**").hasRole(FACILITATOR)
                        .requestMatchers("/tableau-de-bord", "/tableau-de-bord/**", "/territoires/*/reglages").hasAnyRole(FACILITATOR, ADMIN)
                        .requestMatchers("/acheteurs/**").hasAnyRole(FACILITATOR, BUYER)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/connexion").loginProcessingUrl("/connexion")
                        .usernameParameter("identifiant").passwordParameter("motDePasse")
                        .failureHandler(new LoginFailureRedirect())
                        .defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessUrl("/connexion?deconnecte"))
                .exceptionHandling(errors -> errors.accessDeniedPage("/acces-refuse"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    private static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String title,
                              String detail, String type) throws IOException {
        ProblemDetail problem = ApiExceptionHandler.problem(status, title, detail, type);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
