package fr.clausematch.security;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Locale;

/** Reads an account for Spring Security's sign-in (form and HTTP Basic). Usernames are case-insensitive. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    AccountDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public SignedInUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    /** The account as it stands now, if it exists. */
    @Transactional(readOnly = true)
    public java.util.Optional<SignedInUser> find(String username) {
        return accounts.findByUsername(normalise(username)).map(account -> SignedInUser.of(account, clock.instant()));
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
