package fr.clausematch.matching;

import fr.clausematch.matching.analysis.MatchingExplainer;
import fr.clausematch.planning.ExplanationTexts;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.List;
import java.util.Locale;

/** The engine's reasons in words, through the application's messages bundles, for tests that read them. */
public final class Words {

    private static final ExplanationTexts TEXTS;

    static {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        TEXTS = new ExplanationTexts(source, fr.clausematch.dataset.trades.RomeReferential.standard());
    }

    private Words() {
    }

    /** The slot's reasons in French (the application's default language). */
    public static List<String> of(MatchingExplainer.SlotExplanation explanation) {
        return of(explanation, Locale.FRENCH);
    }

    public static List<String> of(MatchingExplainer.SlotExplanation explanation, Locale locale) {
        return TEXTS.slot(explanation, locale).reasons();
    }
}
