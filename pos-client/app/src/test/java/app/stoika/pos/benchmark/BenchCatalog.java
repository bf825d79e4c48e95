package app.stoika.pos.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import app.stoika.db.testing.TestDatabase;

/**
 * Grows the demo café's menu to {@value #ACTIVE_PRODUCTS} active products, as the schema owner with plain SQL:
 * three new categories of {@value #FULL_CATEGORY} products (the category switch is measured between them) and a
 * fourth with the rest. Pictures are the demo's own, copied, so tiles decode real PNGs as on a real till. The first
 * {@value #LEMONADES_WITH_MODIFIERS} lemonades take the demo's size, sugar and ice groups; the rest have none.
 */
final class BenchCatalog {
    static final int ACTIVE_PRODUCTS = 200;
    static final int FULL_CATEGORY = 50;
    static final int LEMONADES_WITH_MODIFIERS = 12;
    /** The three categories of {@value #FULL_CATEGORY} products each. */
    static final List<String> FULL_CATEGORIES = List.of("Лимонады", "Выпечка", "Десерты");
    static final String REST_CATEGORY = "Сэндвичи";

    private BenchCatalog() {
    }

    /** Adds the products; returns how many were added. */
    static int grow(TestDatabase db) {
        int existing = activeProducts(db);
        int rest = ACTIVE_PRODUCTS - existing - FULL_CATEGORIES.size() * FULL_CATEGORY;
        if (rest < 1 || rest > FULL_CATEGORY) {
            throw new IllegalStateException("The demo café has " + existing + " active products; this benchmark "
                    + "expects about 30 to grow the menu to " + ACTIVE_PRODUCTS);
        }
        db.execute("""
                insert into pos.category (name, sort_order) values
                    ('Лимонады', 5), ('Выпечка', 6), ('Десерты', 7), ('Сэндвичи', 8);

                insert into pos.product (category_id, name, description, price_minor, sort_order)
                select c.id, k.prefix || ' №' || n, 'Для замера: ' || lower(c.name), (120 + (n * 37) %% 260) * 100, n
                  from (values ('Лимонады', 'Лимонад', %1$d), ('Выпечка', 'Булочка', %1$d),
                               ('Десерты', 'Пирожное', %1$d), ('Сэндвичи', 'Сэндвич', %2$d)) k(category, prefix, count)
                  join pos.category c on c.name = k.category
                 cross join lateral generate_series(1, k.count) n;

                -- Recipes for two of the categories, so availability has ingredients to compute.
                insert into pos.recipe_item (product_id, ingredient_id, quantity)
                select p.id, i.id, r.qty
                  from pos.product p
                  join pos.category c on c.id = p.category_id
                  join (values ('Лимонады', 'Сахарный сироп', 15), ('Лимонады', 'Лёд', 100),
                               ('Сэндвичи', 'Хлеб для сэндвича', 1), ('Сэндвичи', 'Сыр', 30)) r(category, ingredient, qty)
                    on r.category = c.name
                  join pos.ingredient i on i.name = r.ingredient;

                insert into pos.product_modifier_group (product_id, group_id, sort_order)
                select p.id, g.id, g.sort_order
                  from pos.product p
                  join pos.modifier_group g on g.name in ('Размер', 'Сахар', 'Лёд')
                 where p.name like 'Лимонад №%%' and substring(p.name from '№(\\d+)')::int <= %3$d;

                with demo as (
                    select row_number() over (order by product_id) - 1 as k, content_type, data from pos.product_image
                )
                insert into pos.product_image (product_id, content_type, data)
                select p.id, d.content_type, d.data
                  from pos.product p
                  join demo d on d.k = p.id %% (select count(*) from demo)
                 where not exists (select 1 from pos.product_image i where i.product_id = p.id);
                """.formatted(FULL_CATEGORY, rest, LEMONADES_WITH_MODIFIERS));
        int now = activeProducts(db);
        if (now != ACTIVE_PRODUCTS) {
            throw new IllegalStateException(now + " active products after growing the menu, not " + ACTIVE_PRODUCTS);
        }
        return now - existing;
    }

    static int activeProducts(TestDatabase db) {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select count(*) from pos.product p join pos.category c on c.id = p.category_id
                      where p.active and c.active""")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
