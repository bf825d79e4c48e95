package app.stoika.pos.persistence;

import java.util.List;

import app.stoika.pos.catalog.Category;
import app.stoika.pos.catalog.ModifierGroup;
import app.stoika.pos.catalog.ModifierOption;
import app.stoika.pos.catalog.Product;
import app.stoika.pos.catalog.ProductImage;
import app.stoika.pos.customer.Customer;
import app.stoika.pos.customer.LoyaltyEntry;
import app.stoika.pos.inventory.Ingredient;
import app.stoika.pos.inventory.OptionRecipeItem;
import app.stoika.pos.inventory.RecipeItem;
import app.stoika.pos.inventory.StockMovement;
import app.stoika.pos.order.CancelledItem;
import app.stoika.pos.order.CustomerOrder;
import app.stoika.pos.order.OrderItem;
import app.stoika.pos.order.OrderItemOption;
import app.stoika.pos.settings.Setting;
import app.stoika.pos.staff.Employee;
import app.stoika.pos.staff.Position;
import app.stoika.pos.staff.Terminal;

/** Every mapped entity; Hibernate validates each against the migrated schema at start. */
final class PosEntities {
    static final List<Class<?>> ALL = List.of(
            Setting.class,
            Position.class, Employee.class, Terminal.class,
            Category.class, Product.class, ProductImage.class, ModifierGroup.class, ModifierOption.class,
            Ingredient.class, RecipeItem.class, OptionRecipeItem.class, StockMovement.class,
            Customer.class, LoyaltyEntry.class,
            CustomerOrder.class, OrderItem.class, OrderItemOption.class, CancelledItem.class);

    private PosEntities() {
    }
}
