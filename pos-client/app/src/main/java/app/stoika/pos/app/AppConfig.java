package app.stoika.pos.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import app.stoika.pos.persistence.DatabaseSettings;

/**
 * The client's settings after loading and validation: either an existing PostgreSQL server
 * ({@code externalDatabase}) or the embedded cluster under {@code dataDir}.
 *
 * @param warnings things worth logging (a config file others can read, unknown keys); never passwords
 * @param screenshot a PNG to write once the catalog is shown, then exit (for docs and checks)
 * @param screenshotCategory the category to show in that screenshot
 */
public record AppConfig(Optional<DatabaseSettings> externalDatabase, Path dataDir, Locale language,
                        Optional<Path> source, List<String> warnings, Optional<Path> screenshot,
                        Optional<String> screenshotCategory) {
    public AppConfig {
        warnings = List.copyOf(warnings);
    }

    public boolean embedded() {
        return externalDatabase.isEmpty();
    }
}
