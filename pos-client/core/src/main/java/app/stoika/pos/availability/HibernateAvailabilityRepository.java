package app.stoika.pos.availability;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.SessionFactory;

import app.stoika.pos.inventory.Unit;

/** Availability reads as plain SQL over Hibernate's current session: one query for all products, not N+1. */
public final class HibernateAvailabilityRepository implements AvailabilityRepository {
    /**
     * A portion's needs: the product's recipe plus the recipes of the default options of its required
     * modifier groups (a drink is not made without its cup), summed per ingredient.
     */
    private static final String NEEDS = """
            with needs as (
                select r.product_id, r.ingredient_id, r.quantity
                  from pos.recipe_item r
                union all
                select pmg.product_id, ori.ingredient_id, ori.quantity
                  from pos.product_modifier_group pmg
                  join pos.modifier_group g on g.id = pmg.group_id and g.required
                  join pos.modifier_option o on o.group_id = g.id and o.is_default and o.active
                  join pos.option_recipe_item ori on ori.option_id = o.id
            )
            select p.id, i.id, i.name, i.unit, sum(n.quantity), i.on_hand, i.min_threshold
              from pos.product p
              join pos.category c on c.id = p.category_id
              left join needs n on n.product_id = p.id
              left join pos.ingredient i on i.id = n.ingredient_id
             where p.active and c.active
             group by p.id, i.id, i.name, i.unit, i.on_hand, i.min_threshold
             order by p.id, i.name
            """;

    private final SessionFactory sessionFactory;

    public HibernateAvailabilityRepository(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    @Override
    public Map<Long, List<RecipeNeed>> needsOfActiveProducts() {
        Map<Long, List<RecipeNeed>> result = new LinkedHashMap<>();
        for (Object[] r : sessionFactory.getCurrentSession().createNativeQuery(NEEDS, Object[].class).getResultList()) {
            long productId = ((Number) r[0]).longValue();
            List<RecipeNeed> needs = result.computeIfAbsent(productId, k -> new ArrayList<>());
            if (r[1] != null) {
                needs.add(new RecipeNeed(productId, ((Number) r[1]).longValue(), (String) r[2],
                        Unit.ofCode((String) r[3]), (BigDecimal) r[4], (BigDecimal) r[5], (BigDecimal) r[6]));
            }
        }
        return result;
    }

    @Override
    public List<LowStockIngredient> lowStock() {
        return sessionFactory.getCurrentSession().createNativeQuery("""
                select id, name, unit, on_hand, min_threshold from pos.ingredient
                 where active and on_hand <= min_threshold
                 order by on_hand - min_threshold, name
                """, Object[].class).getResultList().stream()
                .map(r -> new LowStockIngredient(((Number) r[0]).longValue(), (String) r[1], Unit.ofCode((String) r[2]),
                        (BigDecimal) r[3], (BigDecimal) r[4]))
                .toList();
    }
}
