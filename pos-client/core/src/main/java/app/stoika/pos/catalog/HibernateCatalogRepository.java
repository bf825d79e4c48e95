package app.stoika.pos.catalog;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.Session;
import org.hibernate.SessionFactory;

import app.stoika.pos.shared.Money;

/**
 * The catalog over Hibernate's current session, so every call joins the transaction the service opened.
 * Listings are plain SQL mapped to view records: one query per screen, no lazy loading, no image bytes.
 */
public final class HibernateCatalogRepository implements CatalogRepository {
    private static final String PRODUCT_COLUMNS = """
            select p.id, p.category_id, p.name, p.description, p.price_minor, p.barcode,
                   exists (select 1 from pos.product_modifier_group pmg where pmg.product_id = p.id) as has_modifiers
              from pos.product p
              join pos.category c on c.id = p.category_id
             where p.active and c.active
            """;
    private static final String PRODUCT_ORDER = " order by c.sort_order, c.name, p.sort_order, p.name";

    private final SessionFactory sessionFactory;

    public HibernateCatalogRepository(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    private Session session() {
        return sessionFactory.getCurrentSession();
    }

    @Override
    public Optional<String> findSetting(String key) {
        return session().createNativeQuery("select value from pos.setting where key = :key", String.class)
                .setParameter("key", key)
                .getResultStream().findFirst();
    }

    @Override
    public List<CategoryView> findActiveCategories() {
        return session().createNativeQuery(
                        "select id, name from pos.category where active order by sort_order, name", Object[].class)
                .getResultList().stream()
                .map(r -> new CategoryView(((Number) r[0]).longValue(), (String) r[1]))
                .toList();
    }

    @Override
    public List<ProductView> findActiveProducts(Currency currency) {
        return products(session().createNativeQuery(PRODUCT_COLUMNS + PRODUCT_ORDER, Object[].class)
                .getResultList(), currency);
    }

    @Override
    public List<ProductView> findActiveProductsIn(long categoryId, Currency currency) {
        return products(session().createNativeQuery(PRODUCT_COLUMNS + " and p.category_id = :category" + PRODUCT_ORDER,
                        Object[].class)
                .setParameter("category", categoryId)
                .getResultList(), currency);
    }

    @Override
    public List<ProductView> findActiveProductsById(List<Long> ids, Currency currency) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ProductView> byId = products(session()
                .createNativeQuery(PRODUCT_COLUMNS + " and p.id in (:ids)", Object[].class)
                .setParameterList("ids", ids)
                .getResultList(), currency).stream()
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
        return ids.stream().distinct().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public List<ModifierGroupView> findModifierGroups(long productId, Currency currency) {
        List<Object[]> rows = session().createNativeQuery("""
                        select g.id, g.name, g.required, g.min_choices, g.max_choices,
                               o.id, o.name, o.price_delta_minor, o.is_default
                          from pos.product_modifier_group pmg
                          join pos.modifier_group g on g.id = pmg.group_id
                          left join pos.modifier_option o on o.group_id = g.id and o.active
                         where pmg.product_id = :product
                         order by pmg.sort_order, g.sort_order, g.id, o.sort_order, o.id
                        """, Object[].class)
                .setParameter("product", productId)
                .getResultList();
        Map<Long, Object[]> groups = new LinkedHashMap<>();
        Map<Long, List<ModifierOptionView>> options = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long groupId = ((Number) r[0]).longValue();
            groups.putIfAbsent(groupId, r);
            List<ModifierOptionView> list = options.computeIfAbsent(groupId, k -> new ArrayList<>());
            if (r[5] != null) {
                list.add(new ModifierOptionView(((Number) r[5]).longValue(), (String) r[6],
                        Money.ofMinor(((Number) r[7]).longValue(), currency), (Boolean) r[8]));
            }
        }
        return groups.entrySet().stream().map(e -> {
            Object[] g = e.getValue();
            return new ModifierGroupView(e.getKey(), (String) g[1], (Boolean) g[2], ((Number) g[3]).intValue(),
                    ((Number) g[4]).intValue(), options.get(e.getKey()));
        }).toList();
    }

    @Override
    public Optional<byte[]> findImage(long productId) {
        return Optional.ofNullable(session().find(ProductImage.class, productId)).map(ProductImage::data);
    }

    @Override
    public Optional<ProductView> findActiveByBarcode(String barcode, Currency currency) {
        return products(session().createNativeQuery(PRODUCT_COLUMNS + " and p.barcode = :barcode", Object[].class)
                .setParameter("barcode", barcode)
                .getResultList(), currency).stream().findFirst();
    }

    @Override
    public List<Long> searchProductIds(String query, int limit) {
        return session().createNativeQuery(
                        "select s.product_id from pos.search_products(:query, :limit) s", Long.class)
                .setParameter("query", query)
                .setParameter("limit", limit)
                .getResultList();
    }

    private static List<ProductView> products(List<Object[]> rows, Currency currency) {
        return rows.stream().map(r -> new ProductView(
                ((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(),
                (String) r[2],
                (String) r[3],
                Money.ofMinor(((Number) r[4]).longValue(), currency),
                Optional.ofNullable((String) r[5]),
                (Boolean) r[6])).toList();
    }
}
