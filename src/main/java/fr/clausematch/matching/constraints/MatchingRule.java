package fr.clausematch.matching.constraints;

/**
 * The nine matching rules of DATA-FORMAT.md; their wording for readers is in the messages bundles
 * ({@code reason.MatchingRule.*}).
 */
public enum MatchingRule {
    ELIGIBLE(1),
    LEGAL_BASIS(2),
    URBAN_RENEWAL(3),
    TRADE(4),
    QUALIFICATION(5),
    LICENCES(6),
    REACH(7),
    AVAILABILITY(8),
    WEEKLY_LOAD(9);

    private final int number;

    MatchingRule(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    @Override
    public String toString() {
        return "rule " + number;
    }
}
