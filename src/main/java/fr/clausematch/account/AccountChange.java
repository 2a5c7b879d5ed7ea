package fr.clausematch.account;

import fr.clausematch.security.Role;

import java.util.List;

/**
 * A change of an account's holder name, role and scope, and whether it may sign in, made on the version
 * read ({@code version}); {@code enabled} left out keeps the account as it is.
 */
public record AccountChange(String displayName, Role role, List<String> territories, String buyerCode, Boolean enabled,
                            Long version) {
}
