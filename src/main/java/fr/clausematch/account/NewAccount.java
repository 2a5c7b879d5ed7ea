package fr.clausematch.account;

import fr.clausematch.security.Role;

import java.util.List;

/**
 * A new account: its username (3 to 100 characters among a-z 0-9 . _ -, case-insensitive), its holder's
 * name, a role with its scope (territories of a facilitator, buyer code of a buyer) and a first password,
 * typed twice. The rules are checked by {@link UserAccountService}, each refusal next to its field.
 */
public record NewAccount(String username, String displayName, Role role, List<String> territories, String buyerCode,
                         String password, String passwordConfirmation) {
}
