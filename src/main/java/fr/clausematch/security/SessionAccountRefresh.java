package fr.clausematch.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Objects;

/**
 * A signed-in session follows its account: on each request the account is read again (one indexed
 * query), so a disabled or deleted account loses its session at once, and a changed role, territory or
 * buyer applies to the next request rather than at the next sign-in. Only sessions are refreshed; HTTP
 * Basic reads the account on every request anyway, and users that stand for no stored account are left alone.
 */
class SessionAccountRefresh extends OncePerRequestFilter {

    private final AccountDetailsService accounts;

    SessionAccountRefresh(AccountDetailsService accounts) {
        this.accounts = accounts;
    }

    /** Style sheets, scripts and images carry no data: no query for them. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Object stored = session == null ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (stored instanceof SecurityContext context && context.getAuthentication() == current
                && current != null && current.getPrincipal() instanceof SignedInUser user && user.accountId() != null) {
            SignedInUser fresh = accounts.find(user.getUsername()).orElse(null);
            if (fresh == null || !fresh.isEnabled()) {
                SecurityContextHolder.clearContext();
                session.invalidate();
            } else if (!sameReach(user, fresh)) {
                fresh.eraseCredentials();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean sameReach(SignedInUser before, SignedInUser now) {
        return before.role() == now.role() && before.territories().equals(now.territories())
                && Objects.equals(before.buyerCode(), now.buyerCode()) && before.displayName().equals(now.displayName());
    }
}
