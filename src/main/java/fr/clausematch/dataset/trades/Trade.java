package fr.clausematch.dataset.trades;

import java.util.Locale;

/** One ROME fiche: its code ({@code F1704}) and its name in French (the official title) and in English. */
public record Trade(String code, String french, String english) {

    /** The name in the reader's language: English for an English locale, French otherwise. */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? english : french;
    }

    /** The code and the name, as every page shows a trade: {@code F1703 Maçonnerie}. */
    public String label(Locale locale) {
        return code + " " + name(locale);
    }
}
