package app.stoika.ops.storage;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Logical = pg_dump of the POS database plus the cluster's roles; physical = pg_basebackup of the cluster. */
public enum BackupType {
    LOGICAL, PHYSICAL;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static BackupType parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
