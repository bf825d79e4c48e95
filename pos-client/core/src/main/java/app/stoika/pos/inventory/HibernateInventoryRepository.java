package app.stoika.pos.inventory;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;

import org.hibernate.Session;
import org.hibernate.SessionFactory;

import app.stoika.pos.security.Approval;
import app.stoika.pos.security.EmployeeSession;

public final class HibernateInventoryRepository implements InventoryRepository {
    private final SessionFactory sessionFactory;

    public HibernateInventoryRepository(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    private Session session() {
        return sessionFactory.getCurrentSession();
    }

    @Override
    public List<Ingredient> findAll() {
        return session().createSelectionQuery("from Ingredient order by name", Ingredient.class).getResultList();
    }

    @Override
    public Optional<Ingredient> findById(long id) {
        return Optional.ofNullable(session().find(Ingredient.class, id));
    }

    @Override
    public Optional<Ingredient> findByName(String name) {
        return session().createSelectionQuery("from Ingredient where name = :n", Ingredient.class)
                .setParameter("n", name).uniqueResultOptional();
    }

    @Override
    public long recordMovement(EmployeeSession employeeSession, long ingredientId, BigDecimal delta, MovementKind kind,
                               String reason, Approval approval) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("select pos.record_stock_movement(?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, employeeSession.token());
                ps.setLong(2, ingredientId);
                ps.setBigDecimal(3, delta);
                ps.setString(4, kind.code());
                ps.setString(5, reason);
                ps.setString(6, Approval.tokenOf(approval));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public BigDecimal recordCount(EmployeeSession employeeSession, long ingredientId, BigDecimal counted, String reason,
                                  Approval approval) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("select pos.count_stock(?, ?, ?, ?, ?)")) {
                ps.setString(1, employeeSession.token());
                ps.setLong(2, ingredientId);
                ps.setBigDecimal(3, counted);
                ps.setString(4, reason);
                ps.setString(5, Approval.tokenOf(approval));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBigDecimal(1);
                }
            }
        });
    }

    @Override
    public List<StockMovement> ledger(long ingredientId, int limit) {
        return session().createSelectionQuery(
                        "from StockMovement where ingredientId = :i order by createdAt desc, id desc", StockMovement.class)
                .setParameter("i", ingredientId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Long> ledgerMismatches() {
        return session().createSelectionQuery("select i.id from Ingredient i where i.onHand <> "
                + "coalesce((select sum(m.delta) from StockMovement m where m.ingredientId = i.id), 0)", Long.class)
                .getResultList();
    }
}
