package app.stoika.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import app.stoika.pos.inventory.Unit;

/**
 * Both languages have the same keys; every key the code uses exists; every key is used; every error key
 * the database functions raise or the core throws has a sentence, so any screen can show it.
 */
class BundleConsistencyTest {
    private static final Path APP_SOURCES = Path.of("src/main/java");
    private static final Path CORE_SOURCES = Path.of("../core/src/main/java");
    private static final Path MIGRATIONS = Path.of("../../db/src/main/resources/db/migration");
    private static final Pattern USED_IN_APP = Pattern.compile("\\bget\\(\"([a-z0-9_]+(?:\\.[a-z0-9_]+)*)\"");
    /** Keys passed around before reaching get(), e.g. to a StartupException. */
    private static final Pattern KEY_LITERAL_IN_APP =
            Pattern.compile("\"((?:startup|catalog|language|error|unit)\\.[a-z0-9_.]*[a-z0-9_])\"");
    /** Any dotted lower-case literal: a key chosen by a condition ({@code x ? "a.b" : "a.c"}) before get(). */
    private static final Pattern ANY_KEY_LIKE_LITERAL = Pattern.compile("\"([a-z_]+(?:\\.[a-z0-9_]+)+)\"");
    private static final Pattern RAISED_BY_SQL = Pattern.compile("raise exception '([a-z0-9_.]+)'");
    private static final Pattern THROWN_BY_CORE = Pattern.compile("\"((?:[a-z_]+\\.)*error\\.[a-z_]+)\"");

    private final ResourceBundle english = Messages.load(Locale.ENGLISH);
    private final ResourceBundle russian = Messages.load(Messages.RUSSIAN);

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(russian.getLocale().getLanguage()).isEqualTo("ru");
        assertThat(new TreeSet<>(russian.keySet())).isEqualTo(new TreeSet<>(english.keySet()));
    }

    @Test
    void noTextIsEmptyAndRussianIsTranslated() {
        for (String key : english.keySet()) {
            assertThat(english.getString(key)).as(key).isNotBlank();
            assertThat(russian.getString(key)).as(key).isNotBlank();
        }
        long identical = english.keySet().stream()
                .filter(k -> !k.equals("catalog.heading.category"))
                .filter(k -> !english.getString(k).matches("\\{\\d+}")) // only a name, the same in both
                .filter(k -> english.getString(k).equals(russian.getString(k))).count();
        assertThat(identical).as("texts left untranslated in messages_ru.properties").isZero();
    }

    @Test
    void patternsWithArgumentsAreValidMessageFormats() {
        for (ResourceBundle bundle : new ResourceBundle[] {english, russian}) {
            for (String key : bundle.keySet()) {
                String text = bundle.getString(key);
                if (text.contains("{")) {
                    assertThat(text).as(key + ": apostrophes vanish in MessageFormat").doesNotContain("'");
                    new MessageFormat(text, bundle.getLocale()); // throws on a broken pattern
                }
            }
        }
    }

    @Test
    void everyKeyTheAppUsesExists() throws IOException {
        Set<String> used = usedInApp();
        assertThat(used).contains("app.title", "startup.error.connect", "catalog.product.unavailable");
        assertThat(english.keySet()).containsAll(used);
        for (Unit unit : Unit.values()) {
            assertThat(english.keySet()).contains("unit." + unit.code());
        }
        // The manager-approval sheet names the permission it asks for.
        for (app.stoika.pos.security.Permission permission : app.stoika.pos.security.Permission.values()) {
            assertThat(english.keySet()).contains("permission." + permission.code());
        }
    }

    @Test
    void everyErrorKeyFromTheDatabaseAndTheCoreHasASentence() throws IOException {
        Set<String> raised = matches(MIGRATIONS, ".sql", RAISED_BY_SQL);
        Set<String> thrown = matches(CORE_SOURCES, ".java", THROWN_BY_CORE);
        assertThat(raised).contains("order.error.insufficient_stock", "order.error.empty");
        assertThat(thrown).contains("database.error.unavailable", "text.error.too_long");
        assertThat(english.keySet()).containsAll(raised).containsAll(thrown);
        // LoginRefusedException builds "security.error." + the login function's status.
        assertThat(english.keySet()).contains("security.error.bad_credentials", "security.error.locked",
                "security.error.unknown_terminal", "security.error.not_permitted");
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        Set<String> used = usedInApp();
        used.addAll(matches(MIGRATIONS, ".sql", RAISED_BY_SQL));
        used.addAll(matches(CORE_SOURCES, ".java", THROWN_BY_CORE));
        used.addAll(matches(APP_SOURCES, ".java", ANY_KEY_LIKE_LITERAL));
        Set<String> unused = new TreeSet<>(english.keySet());
        unused.removeAll(used);
        unused.removeIf(k -> k.startsWith("unit.") || k.startsWith("permission.") || k.startsWith("print.") || k.equals("error.unexpected")
                || k.equals("security.error.bad_credentials") || k.equals("security.error.locked")
                || k.equals("security.error.unknown_terminal"));
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    private static Set<String> usedInApp() throws IOException {
        Set<String> used = new TreeSet<>(matches(APP_SOURCES, ".java", USED_IN_APP));
        used.addAll(matches(APP_SOURCES, ".java", KEY_LITERAL_IN_APP));
        return used;
    }

    private static Set<String> matches(Path root, String suffix, Pattern pattern) throws IOException {
        assertThat(root).isDirectory();
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }
}
