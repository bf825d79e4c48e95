package app.stoika.pos.payment;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.hibernate.SessionFactory;

import app.stoika.pos.shared.Money;

/** Reads pos.payment with plain SQL over Hibernate's current connection (no entity: the rows are read-only). */
public final class HibernatePaymentRepository implements PaymentRepository {
    private final SessionFactory sessionFactory;
    private final Currency currency;

    public HibernatePaymentRepository(SessionFactory sessionFactory, Currency currency) {
        this.sessionFactory = sessionFactory;
        this.currency = currency;
    }

    @Override
    public List<StoredPayment> paymentsOf(long orderId) {
        return sessionFactory.getCurrentSession().doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "select id, order_id, shift_id, kind, method, amount_minor, tendered_minor, card_reference, "
                            + "employee_id, at from pos.payment where order_id = ? order by at, id")) {
                ps.setLong(1, orderId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<StoredPayment> result = new ArrayList<>();
                    while (rs.next()) {
                        result.add(payment(rs));
                    }
                    return result;
                }
            }
        });
    }

    private StoredPayment payment(ResultSet rs) throws SQLException {
        Money amount = Money.ofMinor(rs.getLong("amount_minor"), currency);
        long tenderedMinor = rs.getLong("tendered_minor");
        Optional<Money> tendered = rs.wasNull() ? Optional.empty() : Optional.of(Money.ofMinor(tenderedMinor, currency));
        return new StoredPayment(rs.getLong("id"), rs.getLong("order_id"), rs.getLong("shift_id"),
                PaymentKind.ofCode(rs.getString("kind")), PaymentMethod.ofCode(rs.getString("method")), amount,
                tendered, tendered.map(t -> t.minus(amount)).orElse(Money.zero(currency)),
                Optional.ofNullable(rs.getString("card_reference")), rs.getLong("employee_id"),
                rs.getObject("at", OffsetDateTime.class).toInstant());
    }
}
