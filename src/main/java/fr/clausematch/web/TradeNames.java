package fr.clausematch.web;

import fr.clausematch.dataset.trades.RomeReferential;
import fr.clausematch.dataset.trades.Trade;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.WebDataBinder;

import java.beans.PropertyEditorSupport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The trades' names for the pages, in the reader's language ({@code ${@trades.label(code)}} in a template:
 * {@code F1703 Maçonnerie}; a code the referential does not hold, alone), the list a form offers to choose a trade
 * by its name, and the binding of a page's trade fields, where a name chosen or typed stands for its code
 * (the API takes codes only). One referential, {@link RomeReferential#standard()}.
 */
@Component("trades")
public class TradeNames {

    private static final Pattern CODES_ONLY = Pattern.compile("\\s*([A-Za-z][0-9]{4}\\s*)+");

    private final RomeReferential referential;

    public TradeNames(RomeReferential referential) {
        this.referential = referential;
    }

    public String label(String code) {
        return referential.label(code, LocaleContextHolder.getLocale());
    }

    public String labels(Collection<String> codes) {
        return referential.labels(codes, LocaleContextHolder.getLocale());
    }

    /** The name alone, or null for a code the referential does not hold. */
    public String name(String code) {
        return referential.find(code).map(t -> t.name(LocaleContextHolder.getLocale())).orElse(null);
    }

    /** Every trade, by code: the options of a form's list. */
    public List<Trade> all() {
        return referential.all();
    }

    /** The code a page's typed text stands for ({@link RomeReferential#resolve}), or the text as typed (to be refused). */
    public String code(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return referential.resolve(typed).orElse(typed.strip());
    }

    /**
     * The codes of a list typed in one field: items separated by {@code |}, {@code ,} or {@code ;}; an item of codes
     * only may separate them by blanks too ({@code F1704 K2204}); any other item is a name, or a choice of the list.
     */
    public List<String> codes(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (String item : typed.split("[|,;\\n]+")) {
            if (item.isBlank()) {
                continue;
            }
            if (CODES_ONLY.matcher(item).matches()) {
                Arrays.stream(item.strip().split("\\s+")).map(this::code).forEach(codes::add);
            } else {
                codes.add(code(item));
            }
        }
        return List.copyOf(codes);
    }

    /** The page form's property {@code path} (one code) takes a code or a trade's name. */
    public void bindOne(WebDataBinder binder, String path) {
        binder.registerCustomEditor(String.class, path, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(code(text));
            }

            @Override
            public String getAsText() {
                return getValue() == null ? "" : getValue().toString();
            }
        });
    }

    /** The page form's list property {@code path} takes codes or trades' names, typed in one field. */
    public void bindList(WebDataBinder binder, String path) {
        binder.registerCustomEditor(List.class, path, new ListTextEditor(this::codes));
    }
}
