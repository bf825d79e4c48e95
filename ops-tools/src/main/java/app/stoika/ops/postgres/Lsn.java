package app.stoika.ops.postgres;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A WAL location as PostgreSQL prints it, {@code 16/B374D848}: high and low 32 bits in hex. */
public record Lsn(long value) implements Comparable<Lsn> {
    private static final Pattern TEXT = Pattern.compile("([0-9A-Fa-f]{1,8})/([0-9A-Fa-f]{1,8})");

    public static Lsn parse(String text) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not an LSN: '" + text + "'");
        }
        return new Lsn((Long.parseLong(m.group(1), 16) << 32) | Long.parseLong(m.group(2), 16));
    }

    @Override
    public int compareTo(Lsn other) {
        return Long.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toHexString(value >>> 32).toUpperCase(java.util.Locale.ROOT) + "/"
                + Long.toHexString(value & 0xFFFFFFFFL).toUpperCase(java.util.Locale.ROOT);
    }
}
