package app.stoika.pos.inventory;

import java.util.Arrays;

/** How an ingredient is counted; the code is what the database stores. */
public enum Unit {
    GRAM("g"), MILLILITRE("ml"), PIECE("pcs");

    private final String code;

    Unit(String code) {
        this.code = code;
    }

    public String code() { return code; }

    public static Unit ofCode(String code) {
        return Arrays.stream(values()).filter(u -> u.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown unit " + code));
    }
}
