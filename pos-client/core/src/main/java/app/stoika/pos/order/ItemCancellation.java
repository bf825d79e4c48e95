package app.stoika.pos.order;

import java.util.Map;
import java.util.Objects;

import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;
import app.stoika.pos.shared.Text;

/** Cancel {@code quantity} of one order line, for a reason, returning its ingredients to stock or not. */
public record ItemCancellation(long orderItemId, int quantity, String reason, Disposition disposition) {
    public ItemCancellation {
        if (quantity < 1 || quantity > OrderLine.MAX_QUANTITY) {
            throw new DomainException(ErrorKind.INVALID, "order.error.bad_quantity", Map.of("max", OrderLine.MAX_QUANTITY));
        }
        reason = Text.required("reason", reason, 500);
        Objects.requireNonNull(disposition, "disposition");
    }
}
