package app.stoika.pos.availability;

import java.util.List;

/**
 * Whether a product can be sold now. {@code portionsLeft} is how many portions the stock allows while
 * every ingredient stays at or above its threshold, capped at {@link #MAX_PORTIONS} for display; a product
 * without a recipe counts as {@link #MAX_PORTIONS}.
 */
public record ProductAvailability(long productId, boolean sellable, int portionsLeft, List<Blocker> blockers) {
    public static final int MAX_PORTIONS = 999;

    public ProductAvailability {
        blockers = List.copyOf(blockers);
        if (portionsLeft < 0 || portionsLeft > MAX_PORTIONS) {
            throw new IllegalArgumentException("portionsLeft out of range: " + portionsLeft);
        }
        if (sellable != blockers.isEmpty() || sellable != portionsLeft > 0) {
            throw new IllegalArgumentException("inconsistent availability for product " + productId);
        }
    }

    /** Sellable, but with no more than {@code limit} portions left. */
    public boolean isRunningLow(int limit) {
        return sellable && portionsLeft <= limit;
    }
}
