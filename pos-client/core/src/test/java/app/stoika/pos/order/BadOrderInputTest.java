package app.stoika.pos.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.customer.Phone;
import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;
import app.stoika.pos.testing.PosFixture;

/**
 * Bad input is refused with a message key and nothing is written: first through the Java API, then
 * straight at the database function, the way a buggy or hostile client would call it.
 */
@DatabaseTest(demoData = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadOrderInputTest {
    PosFixture pos;
    long cookie;
    long orders;
    long movements;

    @BeforeAll
    void open(TestDatabase db) {
        pos = new PosFixture(db, 2);
        cookie = pos.productId("Печенье");
    }

    @AfterAll
    void close() {
        pos.close();
    }

    @BeforeEach
    void countRows() {
        orders = pos.count("select count(*) from pos.customer_order");
        movements = pos.count("select count(*) from pos.stock_movement");
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(pos.count("select count(*) from pos.customer_order")).isEqualTo(orders);
        assertThat(pos.count("select count(*) from pos.stock_movement")).isEqualTo(movements);
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1000, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void absurdQuantitiesAreRefused(int quantity) {
        refused(() -> OrderLine.of(cookie, quantity), "order.error.bad_quantity");
    }

    @Test
    void anEmptyOrderIsRefused() {
        refused(() -> PlaceOrder.of(List.of()), "order.error.empty");
        refused(() -> PlaceOrder.of(null), "order.error.empty");
    }

    @Test
    void unknownAndInactiveProductsAreRefused() {
        refused(() -> pos.orders.place(pos.cashier, PlaceOrder.of(List.of(OrderLine.of(987_654_321L, 1)))),
                "order.error.unknown_product");
        long water = pos.productId("Вода без газа");
        pos.db.execute("update pos.product set active = false where id = " + water);
        try {
            refused(() -> pos.orders.place(pos.cashier, PlaceOrder.of(List.of(OrderLine.of(water, 1)))),
                    "order.error.unknown_product");
        } finally {
            pos.db.execute("update pos.product set active = true where id = " + water);
        }
    }

    @Test
    void overLongAndOddTextIsRefused() {
        refused(() -> new OrderLine(cookie, 1, Set.of(), "x".repeat(201)), "text.error.too_long");
        refused(() -> new OrderLine(cookie, 1, Set.of(), "bad\u0000byte"), "text.error.bad_characters");
        refused(() -> new OrderLine(cookie, 1, Set.of(), "lone \uD800 surrogate"), "text.error.bad_characters");
        // 200 emoji are 200 characters (400 UTF-16 units): allowed, counted as a person would count them.
        assertThat(new OrderLine(cookie, 1, Set.of(), "🧋".repeat(200)).note()).hasSize(400);
    }

    @Test
    void anOrderWhoseTotalWouldOverflowIsRefused() {
        long expensive = pos.productId("Чизкейк");
        pos.db.execute("update pos.product set price_minor = 100000000 where id = " + expensive);
        try {
            List<OrderLine> lines = Collections.nCopies(100, OrderLine.of(expensive, 999));
            refused(() -> pos.orders.place(pos.cashier, PlaceOrder.of(lines)), "order.error.total_too_large");
        } finally {
            pos.db.execute("update pos.product set price_minor = 25000 where id = " + expensive);
        }
        assertThatThrownBy(() -> pos.db.execute("update pos.product set price_minor = 9223372036854775807 where id = " + expensive))
                .hasMessageContaining("product_price_minor_check");
        assertThatThrownBy(() -> pos.db.execute("update pos.product set price_minor = -1 where id = " + expensive))
                .hasMessageContaining("product_price_minor_check");
    }

    @Test
    void garbagePhoneNumbersAreRefused() {
        for (String typed : List.of("", "abc", "+0123", "12", "+7 916 ' or 1=1 --", "9".repeat(50))) {
            assertThatThrownBy(() -> Phone.parse(typed)).as(typed).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
                assertThat(e.messageKey()).isEqualTo("customer.error.bad_phone");
            });
        }
    }

    /**
     * What a client that skips the Java checks would send, with the terminal's own credentials and a valid
     * session: the database refuses it all the same.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "[]",
            "{}",
            "null",
            "[{\"product_id\": %d, \"quantity\": 0}]",
            "[{\"product_id\": %d, \"quantity\": -5}]",
            "[{\"product_id\": %d, \"quantity\": 2.5}]",
            "[{\"product_id\": %d, \"quantity\": 1e9}]",
            "[{\"product_id\": %d, \"quantity\": \"many\"}]",
            "[{\"product_id\": %d}]",
            "[{\"product_id\": \"1; drop table pos.product\", \"quantity\": 1}]",
            "[{\"product_id\": %d, \"quantity\": 1, \"option_ids\": [999999]}]",
    })
    void theDatabaseRefusesBadLinesEvenWithoutTheJavaChecks(String template) throws SQLException {
        String lines = template.contains("%d") ? template.formatted(cookie) : template;
        try (Connection c = DriverManager.getConnection(pos.db.jdbcUrl(), PosFixture.TERMINAL_ROLE, null);
             PreparedStatement ps = c.prepareStatement("select * from pos.place_order(?, ?, null, 0, cast(? as jsonb), null, '[]')")) {
            ps.setString(1, pos.cashier.token());
            ps.setObject(2, UUID.randomUUID());
            ps.setString(3, lines);
            assertThatThrownBy(ps::executeQuery).isInstanceOfSatisfying(PSQLException.class, e ->
                    assertThat(e.getSQLState()).as(e.getMessage()).isIn("SX400", "SX404", "22P02"));
        }
    }

    @Test
    void stockCannotBeChangedBehindTheLedgersBack() {
        assertThatThrownBy(() -> pos.db.execute("update pos.ingredient set on_hand = 999999 where name = 'Молоко'"))
                .hasMessageContaining("inventory.error.on_hand_via_ledger");
        assertThatThrownBy(() -> pos.db.execute("delete from pos.stock_movement where id = (select min(id) from pos.stock_movement)"))
                .hasMessageContaining("error.append_only");
        assertThatThrownBy(() -> pos.db.execute("select pos.record_stock_movement((select id from pos.ingredient where name = 'Чизкейк'), -5, 'waste', null, 'x')"))
                .hasMessageContaining("inventory.error.would_go_negative");
    }
}
