package app.stoika.pos.settings;

import java.util.Map;
import java.util.stream.Collectors;

import org.hibernate.SessionFactory;

public final class HibernateSettingsRepository implements SettingsRepository {
    private final SessionFactory sessions;

    public HibernateSettingsRepository(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public Map<String, String> all() {
        return sessions.getCurrentSession().createSelectionQuery("from Setting", Setting.class).getResultList()
                .stream().collect(Collectors.toMap(Setting::key, Setting::value));
    }
}
