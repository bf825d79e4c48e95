package app.stoika.pos.order;

import java.util.List;
import java.util.Map;

import app.stoika.pos.inventory.Shortage;
import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;

/** The sale was refused because ingredients are short; nothing was written. Lists every shortage. */
public class InsufficientStockException extends DomainException {
    private static final long serialVersionUID = 1L;
    private final transient List<Shortage> shortages;

    public InsufficientStockException(List<Shortage> shortages, Throwable cause) {
        super(ErrorKind.CONFLICT, "order.error.insufficient_stock", Map.of("items", shortages), cause);
        this.shortages = List.copyOf(shortages);
    }

    public List<Shortage> shortages() {
        return shortages;
    }
}
