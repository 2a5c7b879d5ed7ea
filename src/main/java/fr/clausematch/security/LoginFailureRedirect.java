package fr.clausematch.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import java.io.IOException;

/**
 * Back to the sign-in page with why: refused (an unknown name, a wrong password and an attempt that must wait
 * are told apart by nothing), or disabled (said only once the password was right).
 */
class LoginFailureRedirect extends SimpleUrlAuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason = exception instanceof DisabledException ? "desactive" : "refuse";
        getRedirectStrategy().sendRedirect(request, response, "/connexion?erreur=" + reason);
    }
}
