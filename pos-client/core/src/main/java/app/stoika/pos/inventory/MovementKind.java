package app.stoika.pos.inventory;

import java.util.Arrays;

/** Why stock changed. Sales and cancellation returns are written by the order functions only. */
public enum MovementKind {
    RECEIPT("receipt"), SALE("sale"), CANCEL_RETURN("cancel_return"), WASTE("waste"), ADJUSTMENT("adjustment");

    private final String code;

    MovementKind(String code) {
        this.code = code;
    }

    public String code() { return code; }

    public static MovementKind ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown movement kind " + code));
    }
}
