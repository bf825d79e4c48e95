package app.stoika.pos.settings;

import app.stoika.pos.shared.Transactions;

/** The café-wide settings as one value. */
public final class SettingsService {
    private final Transactions transactions;
    private final SettingsRepository settings;

    public SettingsService(Transactions transactions, SettingsRepository settings) {
        this.transactions = transactions;
        this.settings = settings;
    }

    public CafeSettings cafe() {
        return CafeSettings.of(transactions.inTransaction(settings::all));
    }
}
