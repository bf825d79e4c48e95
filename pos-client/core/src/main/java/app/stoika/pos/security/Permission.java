package app.stoika.pos.security;

import java.util.Locale;

/** What a role may do; the database's pos.permission and pos.role_permission are the source of truth. */
public enum Permission {
    SELL, ORDER_STATUS, CANCEL_OPEN, CANCEL_PREPARING, STOCK_RECEIVE, STOCK_ADJUST, PRICE_CHANGE,
    CUSTOMER_REGISTER, USER_ADMIN, DISCOUNT_OVER_LIMIT,
    /** Taking cash out of a shift's drawer; a cashier needs a manager's approval (V0015). */
    CASH_OUT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Permission ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
