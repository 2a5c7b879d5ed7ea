package fr.clausematch.web;

import org.springframework.web.bind.WebDataBinder;

import java.beans.PropertyEditorSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A list of codes typed in one text field of a page ({@code F1704 | K2204}, {@code B, SST}: {@link FormErrors#splitList}),
 * bound to the {@code List<String>} of a form that the API takes as a JSON array. A list is shown joined with
 * {@code " | "}, or, when the page shows a refused form again, as the person typed it. One editor a binder (a request).
 */
public final class ListTextEditor extends PropertyEditorSupport {

    private final Map<List<String>, String> typed = new HashMap<>();
    private final Function<String, List<String>> split;

    ListTextEditor(Function<String, List<String>> split) {
        this.split = split;
    }

    /** Registers an editor for each of these list properties of the binder's form ({@code licences}, {@code slots.requiredLicences}). */
    public static void register(WebDataBinder binder, String... paths) {
        for (String path : paths) {
            binder.registerCustomEditor(List.class, path, new ListTextEditor(FormErrors::splitList));
        }
    }

    @Override
    public void setAsText(String text) {
        List<String> codes = split.apply(text);
        if (!codes.isEmpty()) {
            typed.put(codes, text.trim());
        }
        setValue(codes);
    }

    @Override
    @SuppressWarnings("unchecked")
    public String getAsText() {
        List<String> codes = (List<String>) getValue();
        if (codes == null) {
            return "";
        }
        return typed.getOrDefault(codes, String.join(" | ", codes));
    }
}
