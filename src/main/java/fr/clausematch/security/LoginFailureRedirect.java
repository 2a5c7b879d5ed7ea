package fr.clausematch.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import java.io.IOException;

/** Back to the sign-in page with why: wrong credentials, account locked for a while, or disabled. */
class LoginFailureRedirect extends SimpleUrlAuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason = exception instanceof LockedException ? "bloque"
                : exception instanceof DisabledException ? "desactive" : "refuse";
        getRedirectStrategy().sendRedirect(request, response, "/connexion?erreur=" + reason);
    }
}
