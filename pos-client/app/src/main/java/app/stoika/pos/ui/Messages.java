package app.stoika.pos.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import app.stoika.pos.shared.DomainException;

/**
 * The app's texts in the current language (Russian by default, English switchable), from
 * {@code app/stoika/pos/app/messages*.properties}. Views listen to {@link #localeProperty()} to relabel.
 */
public final class Messages {
    public static final String BUNDLE = "app.stoika.pos.app.messages";
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final List<Locale> SUPPORTED = List.of(RUSSIAN, Locale.ENGLISH);

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();
    private ResourceBundle bundle;

    public Messages(Locale initial) {
        locale.addListener((obs, old, now) -> bundle = load(now));
        locale.set(initial);
    }

    /** English reads the base bundle; no fallback to the JVM's default locale. */
    public static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ReadOnlyObjectProperty<Locale> localeProperty() { return locale; }
    public Locale locale() { return locale.get(); }

    public void setLocale(Locale value) {
        locale.set(value);
    }

    /** Russian ↔ English. */
    public void toggleLanguage() {
        setLocale(locale().getLanguage().equals("ru") ? Locale.ENGLISH : RUSSIAN);
    }

    /** The text for a key, with {0}, {1}... filled in; a missing key shows as itself rather than failing. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * A sentence for a failure: the domain message key's sentence when there is one, never a stack trace.
     * The sentences take no arguments (a key's arguments are for screens that show details, such as which
     * ingredients are short).
     */
    public String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DomainException d && has(d.messageKey())) {
                return get(d.messageKey());
            }
        }
        return get("error.unexpected");
    }
}
