package app.stoika.pos.order;

import java.util.Map;
import java.util.Set;

import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;
import app.stoika.pos.shared.Text;

/** One line of a new order as the cashier entered it: a product, how many, chosen options, a note. */
public record OrderLine(long productId, int quantity, Set<Long> optionIds, String note) {
    public static final int MAX_QUANTITY = 999;

    public OrderLine {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new DomainException(ErrorKind.INVALID, "order.error.bad_quantity", Map.of("max", MAX_QUANTITY));
        }
        if (productId <= 0) {
            throw new DomainException(ErrorKind.NOT_FOUND, "order.error.unknown_product");
        }
        optionIds = optionIds == null ? Set.of() : Set.copyOf(optionIds);
        note = Text.optional("note", note, 200);
    }

    public static OrderLine of(long productId, int quantity, Long... optionIds) {
        return new OrderLine(productId, quantity, Set.of(optionIds), null);
    }
}
