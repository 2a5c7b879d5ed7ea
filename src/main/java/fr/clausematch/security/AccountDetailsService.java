package fr.clausematch.security;


import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.util.Optional;

/** Reads an account for Spring Security's sign-in (form and HTTP Basic). Usernames are case-insensitive. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountDirectory accounts;

    AccountDetailsService(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    @Override
    public SignedInUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    /** The account as it stands now, if it exists. */
    public Optional<SignedInUser> find(String username) {
        return accounts.find(username);
    }
}
