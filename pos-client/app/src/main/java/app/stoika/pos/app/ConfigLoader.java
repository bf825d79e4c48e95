package app.stoika.pos.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import app.stoika.pos.persistence.DatabaseSettings;

/**
 * Loads {@link AppConfig} from, in rising priority: the config file ({@code --config FILE}, else
 * {@code $STOIKA_CONFIG}, else {@code ~/.config/stoika/pos.properties} if it exists), environment
 * variables, then command-line options. The password comes only from the file or
 * {@code STOIKA_DB_PASSWORD}, never from the command line. Every problem names the setting.
 */
public final class ConfigLoader {
    public static final String DATABASE_URL = "database.url";
    public static final String DATABASE_USER = "database.user";
    public static final String DATABASE_PASSWORD = "database.password";
    public static final String DATABASE_POOL_SIZE = "database.pool-size";
    public static final String DATA_DIR = "data.dir";
    public static final String LANGUAGE = "ui.language";
    public static final String THEME = "ui.theme";
    public static final String TERMINAL = "terminal.id";
    public static final String RECEIPT_PRINTER = "receipt.printer";
    static final Set<String> KEYS = Set.of(DATABASE_URL, DATABASE_USER, DATABASE_PASSWORD, DATABASE_POOL_SIZE,
            DATA_DIR, LANGUAGE, THEME, TERMINAL, RECEIPT_PRINTER);
    /** Environment variable → setting. */
    static final Map<String, String> ENVIRONMENT = Map.of(
            "STOIKA_DB_URL", DATABASE_URL,
            "STOIKA_DB_USER", DATABASE_USER,
            "STOIKA_DB_PASSWORD", DATABASE_PASSWORD,
            "STOIKA_DB_POOL_SIZE", DATABASE_POOL_SIZE,
            "STOIKA_DATA_DIR", DATA_DIR,
            "STOIKA_LANGUAGE", LANGUAGE,
            "STOIKA_TERMINAL", TERMINAL,
            "STOIKA_RECEIPT_PRINTER", RECEIPT_PRINTER);
    static final int DEFAULT_POOL_SIZE = 4;

    private final Map<String, String> env;
    private final Path home;
    private final boolean root;

    public ConfigLoader(Map<String, String> env, Path home, boolean root) {
        this.env = Map.copyOf(env);
        this.home = home;
        this.root = root;
    }

    /** The loader for this process: its environment, home directory and user. */
    public static ConfigLoader forThisProcess() {
        return new ConfigLoader(System.getenv(), Path.of(System.getProperty("user.home")),
                "root".equals(System.getProperty("user.name")));
    }

    public static String usage() {
        return """
                Usage: stoika-pos [--config FILE] [--lang ru|en] [--data-dir DIR] [--terminal N]
                                  [--screenshot FILE.png [--screenshot-category NAME]]
                  With no database configured, Stoika runs its own PostgreSQL under the data directory
                  (default $XDG_DATA_HOME/stoika, ~/.local/share/stoika, or /var/lib/stoika for root).
                  To use an existing server, set database.url, database.user and database.password in
                  ~/.config/stoika/pos.properties (or the file named by --config / STOIKA_CONFIG), or the
                  environment variables STOIKA_DB_URL, STOIKA_DB_USER, STOIKA_DB_PASSWORD.
                """;
    }

    public AppConfig load(List<String> args) {
        Map<String, String> cli = new HashMap<>();
        Optional<Path> configArg = Optional.empty();
        Optional<Path> screenshot = Optional.empty();
        Optional<String> screenshotCategory = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--config" -> configArg = Optional.of(Path.of(value(args, i, inline, name)));
                case "--lang", "--language" -> cli.put(LANGUAGE, value(args, i, inline, name));
                case "--data-dir" -> cli.put(DATA_DIR, value(args, i, inline, name));
                case "--terminal" -> cli.put(TERMINAL, value(args, i, inline, name));
                case "--screenshot" -> screenshot = Optional.of(Path.of(value(args, i, inline, name)));
                case "--screenshot-category" -> screenshotCategory = Optional.of(value(args, i, inline, name));
                case "--password", "--db-password", "--database-password" -> throw new ConfigException(
                        name + ": a password is never taken from the command line (other users can see it in the "
                                + "process list). Put database.password in the config file (chmod 600) or set STOIKA_DB_PASSWORD.");
                default -> throw new ConfigException("Unknown option '" + name + "'.\n" + usage());
            }
            if (inline == null) {
                i++;
            }
        }

        List<String> warnings = new ArrayList<>();
        Map<String, String> settings = new HashMap<>();
        Optional<Path> source = configFile(configArg);
        source.ifPresent(file -> settings.putAll(readFile(file, warnings)));
        ENVIRONMENT.forEach((variable, key) -> {
            String v = env.get(variable);
            if (v != null && !v.isBlank()) {
                settings.put(key, v.strip());
            }
        });
        settings.putAll(cli);
        Path dataDir = dataDir(settings);
        return new AppConfig(database(settings), dataDir, language(settings), source, warnings, screenshot,
                screenshotCategory, terminal(settings), dark(settings),
                settings.getOrDefault(RECEIPT_PRINTER, "pdf:" + dataDir.resolve("receipts")));
    }

    private static String value(List<String> args, int i, String inline, String name) {
        if (inline != null) {
            return inline;
        }
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
            throw new ConfigException(name + " needs a value.\n" + usage());
        }
        return args.get(i + 1);
    }

    private Optional<Path> configFile(Optional<Path> fromArgs) {
        if (fromArgs.isPresent()) {
            return Optional.of(requireReadable(fromArgs.get(), "--config"));
        }
        String fromEnv = env.get("STOIKA_CONFIG");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(requireReadable(Path.of(fromEnv), "STOIKA_CONFIG"));
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config");
        Path file = base.resolve("stoika").resolve("pos.properties");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private static Path requireReadable(Path file, String setting) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ConfigException(setting + ": the config file " + file.toAbsolutePath() + " does not exist or cannot be read.");
        }
        return file;
    }

    private static Map<String, String> readFile(Path file, List<String> warnings) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("Cannot read the config file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> result = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                warnings.add("Unknown setting '" + key + "' in " + file + " is ignored; known settings: " + KEYS.stream().sorted().toList());
                continue;
            }
            result.put(key, p.getProperty(key).strip());
        }
        if (result.containsKey(DATABASE_PASSWORD) && readableByOthers(file)) {
            warnings.add("The config file " + file + " holds database.password and other users can read it; run: chmod 600 " + file);
        }
        return result;
    }

    private static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            return perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static Optional<DatabaseSettings> database(Map<String, String> s) {
        String url = s.get(DATABASE_URL);
        if (url == null || url.isBlank()) {
            for (String dependent : List.of(DATABASE_USER, DATABASE_PASSWORD)) {
                if (s.containsKey(dependent)) {
                    throw new ConfigException(dependent + " is set but " + DATABASE_URL
                            + " is not: set database.url (for example jdbc:postgresql://db.local:5432/stoika), or remove "
                            + dependent + " to use the built-in database.");
                }
            }
            return Optional.empty();
        }
        if (!url.matches("jdbc:postgresql://[^/?#\\s]+(:\\d{1,5})?/[^/?#\\s]+(\\?\\S*)?")) {
            throw new ConfigException(DATABASE_URL + " must look like jdbc:postgresql://HOST:5432/DATABASE, but is '"
                    + withoutQuery(url) + "'.");
        }
        String user = s.get(DATABASE_USER);
        if (user == null || user.isBlank()) {
            throw new ConfigException(DATABASE_USER + " is required when " + DATABASE_URL + " is set.");
        }
        int pool = DEFAULT_POOL_SIZE;
        String poolText = s.get(DATABASE_POOL_SIZE);
        if (poolText != null) {
            try {
                pool = Integer.parseInt(poolText.strip());
            } catch (NumberFormatException e) {
                throw new ConfigException(DATABASE_POOL_SIZE + " must be a whole number from 1 to 100, but is '" + poolText + "'.");
            }
            if (pool < 1 || pool > 100) {
                throw new ConfigException(DATABASE_POOL_SIZE + " must be from 1 to 100, but is " + pool + ".");
            }
        }
        return Optional.of(new DatabaseSettings(url, user, s.get(DATABASE_PASSWORD), pool));
    }

    /** The URL without its query string, which may hold secrets. */
    private static String withoutQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?…";
    }

    private Path dataDir(Map<String, String> s) {
        String configured = s.get(DATA_DIR);
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            if (!p.isAbsolute()) {
                throw new ConfigException(DATA_DIR + " must be an absolute path, but is '" + configured + "'.");
            }
            return p;
        }
        if (root) {
            // The server runs as the postgres OS user, who cannot enter /root.
            return Path.of("/var/lib/stoika");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("stoika");
    }

    private static long terminal(Map<String, String> s) {
        String value = s.getOrDefault(TERMINAL, "1").strip();
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException(TERMINAL + " must be the number of this till (1, 2, ...; the administrator lists "
                + "them in the back office), but is '" + value + "'.");
    }

    private static boolean dark(Map<String, String> s) {
        String value = s.getOrDefault(THEME, "light").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "light" -> false;
            case "dark" -> true;
            default -> throw new ConfigException(THEME + " must be light or dark, but is '" + value + "'.");
        };
    }

    private static Locale language(Map<String, String> s) {
        String value = s.getOrDefault(LANGUAGE, "ru").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "ru" -> Locale.forLanguageTag("ru");
            case "en" -> Locale.ENGLISH;
            default -> throw new ConfigException(LANGUAGE + " must be ru or en, but is '" + value + "'.");
        };
    }
}
