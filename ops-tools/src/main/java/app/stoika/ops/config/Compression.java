package app.stoika.ops.config;

import java.util.Locale;

/**
 * Compression of a physical backup's tar stream. pg_basebackup compresses on the client side so the tar,
 * with its backup manifest injected, can stream to standard output (server-side compression to stdout
 * cannot carry the manifest).
 */
public enum Compression {
    NONE("", null),
    LZ4(".lz4", "lz4"),
    GZIP(".gz", "gzip"),
    ZSTD(".zst", "zstd");

    private final String suffix;
    private final String program;

    Compression(String suffix, String program) {
        this.suffix = suffix;
        this.program = program;
    }

    /** The file name suffix after {@code .tar}. */
    public String suffix() { return suffix; }

    /** The program tar runs to decompress ({@code tar -I PROGRAM}), or null when the tar is plain. */
    public String program() { return program; }

    /** The {@code --compress} value for pg_basebackup. */
    public String pgBaseBackupArgument() {
        return this == NONE ? "none" : "client-" + name().toLowerCase(Locale.ROOT);
    }

    public static Compression parse(String key, String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key + " must be one of none, lz4, gzip, zstd; not '" + value + "'");
        }
    }

    public static Compression fromFileName(String name) {
        for (Compression c : values()) {
            if (c != NONE && name.endsWith(".tar" + c.suffix)) {
                return c;
            }
        }
        return NONE;
    }
}
