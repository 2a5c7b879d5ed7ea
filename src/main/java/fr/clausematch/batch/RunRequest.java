package fr.clausematch.batch;

import jakarta.annotation.Nullable;

import java.util.List;

/**
 * What a batch run plans: the listed territories, or all those with slots ({@code all}); its budget in seconds;
 * where its partitions are planned ({@code workers}: {@code local}, the default, or {@code remote}).
 */
public record RunRequest(@Nullable List<String> territories, @Nullable Boolean all, @Nullable Long budgetSeconds,
                         @Nullable String workers) {

    /** A run on local threads. */
    public RunRequest(@Nullable List<String> territories, @Nullable Boolean all, @Nullable Long budgetSeconds) {
        this(territories, all, budgetSeconds, null);
    }
}
