package app.stoika.pos.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import app.stoika.pos.shared.Money;

/**
 * Both languages print every label: same keys in reports.properties and reports_ru.properties, and every key the
 * templates or the renderers ask for exists (a missing one makes Jasper fail the print: whenResourceMissingType=Error).
 */
class ReportsBundleTest {
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\$R\\{([a-z0-9_.]+)\\}");

    private final ResourceBundle english = new ReportText(Locale.ENGLISH).bundle();
    private final ResourceBundle russian = new ReportText(Samples.RUSSIAN).bundle();

    @Test
    void bothLanguagesHaveTheSameKeysAndRussianIsTranslated() {
        assertThat(russian.getLocale().getLanguage()).isEqualTo("ru");
        assertThat(new TreeSet<>(russian.keySet())).isEqualTo(new TreeSet<>(english.keySet()));
        for (String key : english.keySet()) {
            assertThat(russian.getString(key)).as(key).isNotBlank().isNotEqualTo(english.getString(key));
            new MessageFormat(english.getString(key), Locale.ENGLISH); // throws on a broken pattern
            new MessageFormat(russian.getString(key), Samples.RUSSIAN);
        }
    }

    @Test
    void englishStaysEnglishOnARussianMachine() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Samples.RUSSIAN);
            assertThat(new ReportText(Locale.ENGLISH).get("receipt.change")).isEqualTo("Change");
            assertThat(new ReportText(Locale.GERMAN).get("receipt.change")).as("unknown language: English").isEqualTo("Change");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyKeyTheTemplatesAndRenderersUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(templateKeys("receipt.jrxml"));
        used.addAll(templateKeys("shift-report.jrxml"));
        assertThat(used).contains("receipt.change", "receipt.cashier", "shift.expected_cash");
        for (PaymentMethod method : PaymentMethod.values()) {
            used.add(method.bundleKey());
        }
        for (CashMovementKind kind : CashMovementKind.values()) {
            used.add(kind.bundleKey());
        }
        for (ShiftReportKind kind : ShiftReportKind.values()) {
            String suffix = kind.name().toLowerCase(Locale.ROOT);
            used.add("shift.title." + suffix);
            used.add("shift.subtitle." + suffix);
        }
        for (long difference : new long[] {-1, 0, 1}) {
            used.add(ShiftReportRenderer.differenceKey(Money.rub(difference)));
        }
        for (PrintingException.Reason reason : PrintingException.Reason.values()) {
            used.add(reason.bundleKey());
        }
        assertThat(english.keySet()).containsAll(used);
        Set<String> unused = new TreeSet<>(english.keySet());
        unused.removeAll(used);
        assertThat(unused).as("keys nothing prints").isEmpty();
    }

    private static Set<String> templateKeys(String template) throws IOException {
        try (InputStream in = ReportTemplates.class.getResourceAsStream(template)) {
            assertThat(in).as(template).isNotNull();
            Matcher m = TEMPLATE_KEY.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Set<String> keys = new TreeSet<>();
            while (m.find()) {
                keys.add(m.group(1));
            }
            return keys;
        }
    }
}
