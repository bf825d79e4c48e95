package app.stoika.ops.config;

/**
 * How many complete backups rotation keeps, per backup type. A backup survives if any rule keeps it; the
 * newest complete backup always survives. Zero switches a rule off.
 *
 * @param keepLast    the newest N backups
 * @param keepDays    every backup younger than D days
 * @param keepDaily   the newest backup of each of the last N days that have one
 * @param keepWeekly  the newest backup of each of the last N ISO weeks that have one
 * @param keepMonthly the newest backup of each of the last N months that have one
 */
public record Retention(int keepLast, int keepDays, int keepDaily, int keepWeekly, int keepMonthly) {
    public Retention {
        requireNonNegative("retention.keep-last", keepLast);
        requireNonNegative("retention.keep-days", keepDays);
        requireNonNegative("retention.keep-daily", keepDaily);
        requireNonNegative("retention.keep-weekly", keepWeekly);
        requireNonNegative("retention.keep-monthly", keepMonthly);
    }

    public static Retention defaults() {
        return new Retention(7, 0, 7, 4, 6);
    }

    private static void requireNonNegative(String key, int value) {
        if (value < 0) {
            throw new ConfigException(key + " must be 0 or more, not " + value);
        }
    }
}
