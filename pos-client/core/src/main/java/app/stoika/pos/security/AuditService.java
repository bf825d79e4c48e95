package app.stoika.pos.security;

import java.util.List;

import app.stoika.pos.shared.Transactions;

/**
 * The audit log's tamper check. Needs a connection that may read the log: stoika_ops or stoika_owner (the
 * terminal role cannot). An empty result means every chain verifies.
 */
public final class AuditService {
    private final Transactions transactions;
    private final AuthRepository auth;

    public AuditService(Transactions transactions, AuthRepository auth) {
        this.transactions = transactions;
        this.auth = auth;
    }

    /** The first broken row of each chain whose rows were edited, inserted or deleted. */
    public List<AuditBreak> verify() {
        return transactions.inTransaction(auth::verifyAuditChain);
    }
}
