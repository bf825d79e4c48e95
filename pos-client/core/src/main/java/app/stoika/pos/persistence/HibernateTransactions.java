package app.stoika.pos.persistence;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.stoika.pos.shared.Transactions;

/**
 * Transactions over Hibernate's thread-bound current session. Repositories use
 * {@code sessionFactory.getCurrentSession()} and so join whatever transaction the service opened.
 */
public final class HibernateTransactions implements Transactions {
    private static final Logger log = LoggerFactory.getLogger(HibernateTransactions.class);
    private static final int MAX_ATTEMPTS = 5;

    private final SessionFactory sessionFactory;

    public HibernateTransactions(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Session current = sessionFactory.getCurrentSession();
        if (current.getTransaction().isActive()) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            Session session = sessionFactory.getCurrentSession();
            Transaction tx = session.beginTransaction();
            try {
                T result = work.get();
                tx.commit();
                return result;
            } catch (RuntimeException e) {
                rollbackQuietly(tx);
                if (SqlErrors.isRetryable(e) && attempt < MAX_ATTEMPTS) {
                    log.debug("Retrying transaction after {} (attempt {})", SqlErrors.sqlState(e).orElse("?"), attempt);
                    backOff(attempt);
                    continue;
                }
                throw SqlErrors.translate(e);
            }
        }
    }

    private static void rollbackQuietly(Transaction tx) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException ignored) {
            // the connection may be gone; the pool will discard it
        }
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
