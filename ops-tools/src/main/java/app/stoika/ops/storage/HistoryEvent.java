package app.stoika.ops.storage;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One line of {@code history.jsonl}: how a backup run ended. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEvent(String id, BackupType type, String outcome, Instant time, String detail) {
    public static final String SUCCESS = "success";
    public static final String FAILURE = "failure";

    public static HistoryEvent success(String id, BackupType type, Instant time) {
        return new HistoryEvent(id, type, SUCCESS, time, null);
    }

    public static HistoryEvent failure(String id, BackupType type, Instant time, String detail) {
        return new HistoryEvent(id, type, FAILURE, time, detail);
    }
}
