package fr.clausematch.account;

import java.time.LocalDate;

/**
 * A token to create: a name saying what uses it, and the last day it works (90 days from today when not
 * given, at most a year).
 */
public record NewAccessToken(String name, LocalDate expiresOn) {
}
