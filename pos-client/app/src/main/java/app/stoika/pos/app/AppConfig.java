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
 * @param terminalId which till this is (setting terminal.id, default 1)
 * @param darkTheme the dark theme (setting ui.theme=dark)
 * @param receiptPrinter where receipts go: a printer's name, or pdf:DIRECTORY (default: receipts/ in the data directory)
 */
public record AppConfig(Optional<DatabaseSettings> externalDatabase, Path dataDir, Locale language,
                        Optional<Path> source, List<String> warnings, Optional<Path> screenshot,
                        Optional<String> screenshotCategory, long terminalId, boolean darkTheme,
                        String receiptPrinter) {
    public AppConfig {
        warnings = List.copyOf(warnings);
    }

    public boolean embedded() {
        return externalDatabase.isEmpty();
    }
}
