package app.stoika.pos.shift;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.hibernate.SessionFactory;

import app.stoika.pos.security.Approval;
import app.stoika.pos.security.EmployeeSession;
import app.stoika.pos.shared.Money;

/**
 * Shifts over Hibernate's current connection: writes call the session-checked PL/pgSQL functions (one
 * round trip each), reads go to pos.shift_report, the view that computes the figures in one place.
 */
public final class HibernateShiftRepository implements ShiftRepository {
    private static final String REPORT = "select shift_id, terminal_id, terminal_name, opened_by_name, opened_at, "
            + "closed_by_name, closed_at, opening_float_minor, cash_sales_minor, card_sales_minor, cash_refunds_minor, "
            + "card_refunds_minor, cash_in_minor, cash_out_minor, expected_cash_minor, counted_cash_minor, "
            + "sales_count, cancelled_count from pos.shift_report where shift_id = ?";
    private static final String MOVEMENTS = "select m.kind, m.amount_minor, m.reason, e.full_name, m.at, a.full_name "
            + "from pos.cash_movement m join pos.employee e on e.id = m.employee_id "
            + "left join pos.employee a on a.id = m.approved_by where m.shift_id = ? order by m.at, m.id";

    private final SessionFactory sessionFactory;
    private final Currency currency;

    public HibernateShiftRepository(SessionFactory sessionFactory, Currency currency) {
        this.sessionFactory = sessionFactory;
        this.currency = currency;
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T work(Work<T> work) {
        return sessionFactory.getCurrentSession().doReturningWork(work::run);
    }

    @Override
    public long open(EmployeeSession session, Money openingFloat) {
        return call("select pos.open_shift(?, ?)", session.token(), minor(openingFloat));
    }

    @Override
    public long cashIn(EmployeeSession session, Money amount, String reason) {
        return call("select pos.cash_in(?, ?, ?)", session.token(), minor(amount), reason);
    }

    @Override
    public long cashOut(EmployeeSession session, Money amount, String reason, Approval approval) {
        return call("select pos.cash_out(?, ?, ?, ?)", session.token(), minor(amount), reason, Approval.tokenOf(approval));
    }

    @Override
    public long close(EmployeeSession session, Money countedCash) {
        return call("select pos.close_shift(?, ?)", session.token(), minor(countedCash));
    }

    @Override
    public Optional<Shift> openAt(long terminalId) {
        return work(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "select s.id, s.terminal_id, e.full_name, s.opened_at, s.opening_float_minor from pos.shift s "
                            + "join pos.employee e on e.id = s.opened_by where s.terminal_id = ? and s.closed_at is null")) {
                ps.setLong(1, terminalId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Shift(rs.getLong(1), rs.getLong(2), rs.getString(3), instant(rs, 4),
                            money(rs, 5)));
                }
            }
        });
    }

    @Override
    public Optional<ShiftReport> report(long shiftId) {
        return work(connection -> {
            List<CashMovementLine> movements = movements(connection, shiftId);
            try (PreparedStatement ps = connection.prepareStatement(REPORT)) {
                ps.setLong(1, shiftId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    rs.getLong(16);
                    Optional<Money> counted = rs.wasNull() ? Optional.empty() : Optional.of(money(rs, 16));
                    return Optional.of(new ShiftReport(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getString(4), instant(rs, 5), Optional.ofNullable(rs.getString(6)),
                            Optional.ofNullable(rs.getObject(7, OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                            money(rs, 8), money(rs, 9), money(rs, 10), money(rs, 11), money(rs, 12),
                            money(rs, 13), money(rs, 14), money(rs, 15), counted,
                            rs.getInt(17), rs.getInt(18), movements));
                }
            }
        });
    }

    private List<CashMovementLine> movements(Connection connection, long shiftId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(MOVEMENTS)) {
            ps.setLong(1, shiftId);
            try (ResultSet rs = ps.executeQuery()) {
                List<CashMovementLine> lines = new ArrayList<>();
                while (rs.next()) {
                    lines.add(new CashMovementLine(CashMovementKind.ofCode(rs.getString(1)), money(rs, 2),
                            rs.getString(3), rs.getString(4), instant(rs, 5), Optional.ofNullable(rs.getString(6))));
                }
                return lines;
            }
        }
    }

    private long call(String sql, Object... args) {
        return work(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private long minor(Money amount) {
        if (!amount.currency().equals(currency)) {
            throw new IllegalArgumentException("The till counts in " + currency + ", not " + amount.currency());
        }
        return amount.minor();
    }

    private Money money(ResultSet rs, int column) throws SQLException {
        return Money.ofMinor(rs.getLong(column), currency);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
