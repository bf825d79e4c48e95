package app.stoika.pos.settings;

import java.util.Map;

/** Reads the café-wide settings (pos.setting). */
public interface SettingsRepository {
    Map<String, String> all();
}
