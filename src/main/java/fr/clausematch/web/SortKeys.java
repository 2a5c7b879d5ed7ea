package fr.clausematch.web;

import fr.clausematch.shared.InvalidFieldException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys a paged resource of the API may be sorted by ({@code sort=key[,asc|desc]}): names of the fields
 * of its answer, each mapped to the stored property it sorts. Any other key is refused with a 400 problem
 * detail that names the keys allowed, instead of reaching the database.
 */
public final class SortKeys {

    private final Map<String, String> properties;

    private SortKeys(Map<String, String> properties) {
        this.properties = Collections.unmodifiableMap(properties);
    }

    /**
     * The keys allowed, each the name of the stored property it sorts, or {@code key=property} when the two
     * differ: {@code of("id=externalId", "commune")}.
     */
    public static SortKeys of(String... keys) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String key : keys) {
            int equals = key.indexOf('=');
            properties.put(equals < 0 ? key : key.substring(0, equals), key.substring(equals + 1));
        }
        return new SortKeys(properties);
    }

    /** The keys allowed, in the order they were given. */
    public Set<String> keys() {
        return properties.keySet();
    }

    /** The same page with each key replaced by its property; refuses (400) a key that is not allowed. */
    public Pageable apply(Pageable pageable) {
        if (pageable.getSort().isUnsorted()) {
            return pageable;
        }
        List<Sort.Order> orders = new ArrayList<>();
        for (Sort.Order order : pageable.getSort()) {
            String property = properties.get(order.getProperty());
            if (property == null) {
                throw new InvalidFieldException("sort", "clé de tri inconnue : « " + order.getProperty()
                        + " » ; clés permises : " + String.join(", ", keys()) + " (suivies de ,asc ou ,desc)");
            }
            orders.add(order.withProperty(property));
        }
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(orders));
    }
}
