package app.stoika.pos.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import app.stoika.pos.shared.Transactions;

/**
 * Product search through the database's ranked full-text and typo-tolerant search
 * (pos.search_products). Any text is accepted: it is cleaned here (control characters and broken
 * surrogates removed, length capped) and only ever sent as a bound parameter.
 */
public class SearchService {
    public static final int DEFAULT_LIMIT = 20;
    /** The database function looks at no more than this many characters. */
    static final int MAX_QUERY_CODE_POINTS = 200;

    private final Transactions transactions;
    private final CatalogRepository repository;
    private final CatalogService catalog;

    public SearchService(Transactions transactions, CatalogRepository repository, CatalogService catalog) {
        this.transactions = transactions;
        this.repository = repository;
        this.catalog = catalog;
    }

    public List<ProductView> search(String query) {
        return search(query, DEFAULT_LIMIT);
    }

    /** Active products matching the text, best first; empty for blank text. */
    public List<ProductView> search(String query, int limit) {
        String text = clean(query);
        if (text.isEmpty()) {
            return List.of();
        }
        int boundedLimit = Math.max(1, Math.min(limit, 100));
        List<Long> ids = transactions.inTransaction(() -> repository.searchProductIds(text, boundedLimit));
        return ids.isEmpty() ? List.of() : exactNamesFirst(text, catalog.activeProductsById(ids));
    }

    /**
     * The database ranks by text relevance, where "Айс латте" (whose description repeats "латте") can beat
     * "Латте" itself. A cashier who types a product's whole name wants that product first, so an exact name
     * match moves to the top; otherwise the database's order stands.
     */
    static List<ProductView> exactNamesFirst(String text, List<ProductView> ranked) {
        String wanted = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        List<ProductView> result = new ArrayList<>(ranked);
        result.sort(Comparator.comparingInt(
                p -> p.name().toLowerCase(Locale.ROOT).replace('ё', 'е').equals(wanted) ? 0 : 1));
        return List.copyOf(result);
    }

    /** Keeps letters, digits, punctuation, symbols and emoji; drops NUL, control characters and lone surrogates. */
    static String clean(String query) {
        if (query == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int i = 0; i < query.length() && count < MAX_QUERY_CODE_POINTS; ) {
            int cp = query.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.SURROGATE || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                continue;
            }
            if (Character.isISOControl(cp) || type == Character.FORMAT) {
                out.append(' ');
            } else {
                out.appendCodePoint(cp);
            }
            count++;
        }
        return out.toString().strip();
    }
}
