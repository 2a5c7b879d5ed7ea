package fr.clausematch.batch;

import jakarta.annotation.Nullable;

import java.util.List;

/** What a batch run plans: the listed territories, or all those with slots ({@code all}); its budget in seconds. */
public record RunRequest(@Nullable List<String> territories, @Nullable Boolean all, @Nullable Long budgetSeconds) {
}
