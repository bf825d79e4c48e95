package app.stoika.ops.command.backup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import app.stoika.ops.storage.BackupManifest;
import app.stoika.ops.storage.BackupRepository;
import app.stoika.ops.storage.BackupType;
import app.stoika.ops.storage.HistoryEvent;
import app.stoika.ops.storage.StoredBackup;

/** {@code backup stats}: count and size by type, newest and oldest, last success and last failure. */
public final class BackupStats {
    public record TypeStats(BackupType type, int count, long bytes, Instant oldest, Instant newest,
                            HistoryEvent lastSuccess, HistoryEvent lastFailure) {
    }

    public record Report(List<TypeStats> types, int damaged, HistoryEvent lastSuccess, HistoryEvent lastFailure) {
    }

    private BackupStats() {
    }

    public static Report of(BackupRepository repository) {
        List<StoredBackup> all = repository.list();
        List<HistoryEvent> events = repository.history().events();
        List<TypeStats> types = new ArrayList<>();
        for (BackupType type : BackupType.values()) {
            List<BackupManifest> ms = all.stream().filter(StoredBackup::complete).map(StoredBackup::manifest)
                    .filter(m -> m.type() == type).toList();
            types.add(new TypeStats(type, ms.size(), ms.stream().mapToLong(BackupManifest::totalBytes).sum(),
                    ms.stream().map(BackupManifest::startTime).min(Comparator.naturalOrder()).orElse(null),
                    ms.stream().map(BackupManifest::startTime).max(Comparator.naturalOrder()).orElse(null),
                    last(events, HistoryEvent.SUCCESS, Optional.of(type)),
                    last(events, HistoryEvent.FAILURE, Optional.of(type))));
        }
        int damaged = (int) all.stream().filter(b -> !b.complete()).count();
        return new Report(types, damaged, last(events, HistoryEvent.SUCCESS, Optional.empty()),
                last(events, HistoryEvent.FAILURE, Optional.empty()));
    }

    private static HistoryEvent last(List<HistoryEvent> events, String outcome, Optional<BackupType> type) {
        HistoryEvent found = null;
        for (HistoryEvent e : events) {
            if (e.outcome().equals(outcome) && type.map(t -> t == e.type()).orElse(true)) {
                found = e;
            }
        }
        return found;
    }
}
