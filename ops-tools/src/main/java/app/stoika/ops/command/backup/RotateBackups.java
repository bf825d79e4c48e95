package app.stoika.ops.command.backup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import app.stoika.ops.config.Retention;
import app.stoika.ops.storage.BackupManifest;
import app.stoika.ops.storage.BackupRepository;
import app.stoika.ops.storage.BackupType;
import app.stoika.ops.storage.StoredBackup;

/**
 * {@code backup rotate}: applies the retention policy to each backup type's complete backups. A backup
 * stays if any rule keeps it (newest N, younger than D days, newest of one of the last daily / weekly /
 * monthly generations); the newest complete backup of each type always stays. Damaged and incomplete
 * directories are not counted as generations and are left for {@code verify} and the next run's cleanup.
 */
public final class RotateBackups {
    public record Decision(String id, BackupType type, Instant startTime, boolean keep, List<String> reasons) {
    }

    private final Retention retention;
    private final ZoneId zone;

    public RotateBackups(Retention retention, ZoneId zone) {
        this.retention = retention;
        this.zone = zone;
    }

    /** What the policy keeps and deletes, newest first; nothing is changed. */
    public List<Decision> plan(List<StoredBackup> backups, Instant now) {
        List<Decision> all = new ArrayList<>();
        for (BackupType type : BackupType.values()) {
            List<BackupManifest> series = backups.stream().filter(StoredBackup::complete).map(StoredBackup::manifest)
                    .filter(m -> m.type() == type)
                    .sorted((a, b) -> b.startTime().compareTo(a.startTime())).toList();
            Map<String, List<String>> reasons = new LinkedHashMap<>();
            series.forEach(m -> reasons.put(m.id(), new ArrayList<>()));
            if (!series.isEmpty()) {
                reasons.get(series.get(0).id()).add("newest complete backup");
            }
            for (int i = 0; i < Math.min(retention.keepLast(), series.size()); i++) {
                reasons.get(series.get(i).id()).add("among the newest " + retention.keepLast());
            }
            if (retention.keepDays() > 0) {
                Instant cutoff = now.minus(Duration.ofDays(retention.keepDays()));
                series.stream().filter(m -> m.startTime().isAfter(cutoff))
                        .forEach(m -> reasons.get(m.id()).add("younger than " + retention.keepDays() + " days"));
            }
            generations(series, reasons, retention.keepDaily(), "daily", m -> day(m).toString());
            generations(series, reasons, retention.keepWeekly(), "weekly",
                    m -> day(m).get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", day(m).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
            generations(series, reasons, retention.keepMonthly(), "monthly", m -> day(m).toString().substring(0, 7));
            for (BackupManifest m : series) {
                List<String> why = reasons.get(m.id());
                all.add(new Decision(m.id(), type, m.startTime(), !why.isEmpty(),
                        why.isEmpty() ? List.of("no retention rule keeps it") : List.copyOf(why)));
            }
        }
        all.sort((a, b) -> b.startTime().compareTo(a.startTime()));
        return all;
    }

    /** Deletes what the plan says must go; returns the plan. */
    public List<Decision> apply(BackupRepository repository, Instant now) {
        List<StoredBackup> backups = repository.list();
        List<Decision> plan = plan(backups, now);
        for (Decision d : plan) {
            if (!d.keep()) {
                backups.stream().filter(b -> b.id().equals(d.id())).findFirst().ifPresent(repository::delete);
            }
        }
        return plan;
    }

    /** Keeps the newest backup of each of the newest {@code count} periods that have one. */
    private static void generations(List<BackupManifest> newestFirst, Map<String, List<String>> reasons, int count,
                                    String label, Function<BackupManifest, String> period) {
        if (count <= 0) {
            return;
        }
        List<String> seen = new ArrayList<>();
        for (BackupManifest m : newestFirst) {
            String p = period.apply(m);
            if (seen.contains(p)) {
                continue;
            }
            seen.add(p);
            if (seen.size() > count) {
                return;
            }
            reasons.get(m.id()).add(label + " generation " + p);
        }
    }

    private LocalDate day(BackupManifest m) {
        return m.startTime().atZone(zone).toLocalDate();
    }
}
