package fr.clausematch.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/** Links to the previous and next page of a list, keeping the filters of the current request. */
public record Pager(int page, int totalPages, long total, String previous, String next) {

    public static Pager of(Page<?> page, HttpServletRequest request) {
        UriComponentsBuilder base = UriComponentsBuilder.fromPath(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("page") && !name.equals("lang")) {
                for (String value : values) {
                    if (!value.isBlank()) {
                        base.queryParam(name, value);
                    }
                }
            }
        });
        return new Pager(page.getNumber(), page.getTotalPages(), page.getTotalElements(),
                page.hasPrevious() ? link(base, page.getNumber() - 1) : null,
                page.hasNext() ? link(base, page.getNumber() + 1) : null);
    }

    private static String link(UriComponentsBuilder base, int page) {
        return base.cloneBuilder().replaceQueryParam("page", page).encode().build().toUriString();
    }
}
