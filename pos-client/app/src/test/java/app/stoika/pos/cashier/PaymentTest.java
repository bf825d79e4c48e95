package app.stoika.pos.cashier;

import static app.stoika.pos.cashier.CashierFixture.tile;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.app.AppContext;
import app.stoika.pos.payment.PaymentMethod;
import app.stoika.pos.payment.StoredPayment;
import app.stoika.pos.persistence.DatabaseSettings;
import app.stoika.pos.shared.Money;
import app.stoika.pos.ui.FxTaskExecutor;
import app.stoika.pos.ui.Messages;

/**
 * Paying: by card, split between card and cash, and a sale whose connection drops while it is being stored.
 * Here the database work runs on background threads as in the real app, so the test waits for results.
 */
@DatabaseTest(demoData = true)
@ExtendWith(ApplicationExtension.class)
class PaymentTest {
    private static TestDatabase db;
    private AppContext context;
    private FxTaskExecutor tasks;
    private CashierApp app;

    @BeforeAll
    static void database(TestDatabase database) {
        db = database;
    }

    @Start
    void start(Stage stage) {
        tasks = new FxTaskExecutor(2);
        context = AppContext.open(new DatabaseSettings(db.jdbcUrl(), db.user(), null, 3), tasks,
                new Messages(Messages.RUSSIAN));
        app = CashierFixture.app(context);
        CashierFixture.show(stage, app, 1366, 768);
    }

    @AfterEach
    void close() {
        context.close();
        tasks.close();
    }

    private void openShiftAndAddCookies(FxRobot robot, int cookies) {
        CashierFixture.await("the login screen", 20, () -> robot.lookup(".person-tile").tryQuery().isPresent());
        CashierFixture.logIn(robot, CashierFixture.CASHIER, CashierFixture.CASHIER_PIN);
        // The first test of the class opens the till's shift; the others find it open.
        CashierFixture.await("the shift state", 20, () -> app.shift().loadedProperty().get());
        if (!app.shift().isOpen()) {
            CashierFixture.await("the shift screen", 20, () -> robot.lookup("#shift-open").tryQuery().isPresent());
            CashierFixture.typeAmount(robot, "float", "3000");
            robot.clickOn("#shift-open");
        }
        CashierFixture.await("the sell screen", 20, () -> robot.lookup("#sell").tryQuery().isPresent() && app.shift().isOpen());
        robot.clickOn("Закуски");
        CashierFixture.await("the snacks", 20, () -> robot.lookup(".product-tile").match(n -> CashierFixture.labels(n).contains("Печенье"))
                .tryQuery().isPresent());
        for (int i = 0; i < cookies; i++) {
            robot.clickOn(tile(robot, "Печенье"));
        }
    }

    /** The payments of the order this test sold (the tests of this class share a database). */
    private List<StoredPayment> paymentsOfTheSale(FxRobot robot) {
        String number = robot.lookup("#done-number").queryAs(Label.class).getText().replaceAll("\\D", "");
        long id = context.orders().ordersOfDay(java.time.LocalDate.now()).stream()
                .filter(o -> o.dailyNumber() == Integer.parseInt(number)).findFirst().orElseThrow().id();
        return context.payments().paymentsOf(id);
    }

    @Test
    void aCardPaymentIsConfirmedByTheCashierAndStoredWithTheSlipNumber(FxRobot robot) {
        openShiftAndAddCookies(robot, 3); // 270 ₽
        robot.clickOn("#pay").clickOn("#pay-card");
        assertThat(robot.lookup("#payment-confirm").queryButton().getText()).isEqualTo("Оплата прошла");
        robot.clickOn("#card-reference").write("000123");
        robot.clickOn("#payment-confirm");
        CashierFixture.await("the sale", 20, () -> robot.lookup("#done-number").queryAs(Label.class).getText().startsWith("Заказ"));

        assertThat(robot.lookup("#done-change").queryAs(Label.class).getText()).isEqualTo("Без сдачи");
        assertThat(paymentsOfTheSale(robot)).singleElement().satisfies(p -> {
            assertThat(p.method()).isEqualTo(PaymentMethod.CARD);
            assertThat(p.amount()).isEqualTo(Money.rub(27000));
            assertThat(p.reference()).contains("000123");
        });
    }

    @Test
    void aSplitPaymentTakesPartByCardAndTheRestInCash(FxRobot robot) {
        openShiftAndAddCookies(robot, 5); // 450 ₽
        robot.clickOn("#pay").clickOn("#pay-split");
        CashierFixture.typeAmount(robot, "key", "200");           // the card part
        robot.clickOn("#split-cash-part");
        CashierFixture.typeAmount(robot, "key", "300");           // 300 handed over for the 250 cash part
        assertThat(robot.lookup("#payment-change").queryAs(Label.class).getText()).isEqualTo("Сдача 50\u00a0₽");
        robot.clickOn("#payment-confirm");
        CashierFixture.await("the sale", 20, () -> robot.lookup("#done-number").queryAs(Label.class).getText().startsWith("Заказ"));

        assertThat(paymentsOfTheSale(robot)).extracting(StoredPayment::method, StoredPayment::amount)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(PaymentMethod.CARD, Money.rub(20000)),
                        org.assertj.core.groups.Tuple.tuple(PaymentMethod.CASH, Money.rub(25000)));
        assertThat(context.shifts().report(app.session().require()).cashSales()).isEqualTo(Money.rub(25000));
    }

    /**
     * The connection drops while the sale is being stored (here: its server process is killed while the sale
     * waits for a lock). The sheet says the sale is kept and retries with the same order id; once the database
     * answers again the sale is stored exactly once.
     */
    @Test
    void aSaleInterruptedByALostConnectionIsRetriedAndStoredOnce(FxRobot robot) throws Exception {
        openShiftAndAddCookies(robot, 1);
        UUID orderId = app.sell().cart().clientOrderId();
        robot.clickOn("#pay");
        CashierFixture.typeAmount(robot, "key", "100");
        try (Connection admin = DriverManager.getConnection(db.jdbcUrl(), db.user(), null)) {
            admin.setAutoCommit(false);
            try (Statement st = admin.createStatement()) {
                st.execute("lock table pos.customer_order in access exclusive mode");
                robot.clickOn("#payment-confirm");
                CashierFixture.await("the sale to wait for the lock", 20, () -> waitingSales(db) > 0);
                try (Statement kill = DriverManager.getConnection(db.jdbcUrl(), db.user(), null).createStatement()) {
                    kill.execute("select pg_terminate_backend(pid) from pg_stat_activity "
                            + "where query like '%place_order%' and pid <> pg_backend_pid() and wait_event_type = 'Lock'");
                }
                CashierFixture.await("the waiting message", 20, () -> robot.lookup("#payment-status").queryAs(Label.class).getText()
                        .startsWith("Нет связи"));
                assertThat(app.sell().cart().lines()).as("the cart is kept while waiting").hasSize(1);
            }
            admin.rollback(); // the database answers again
        }
        CashierFixture.await("the sale", 20, () -> robot.lookup("#done-number").queryAs(Label.class).getText().startsWith("Заказ"));
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), null);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from pos.customer_order where client_order_id = '" + orderId
                     + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        assertThat(paymentsOfTheSale(robot)).hasSize(1);
    }

    private static int waitingSales(TestDatabase db) {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), null);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from pg_stat_activity where query like '%place_order%' "
                     + "and wait_event_type = 'Lock' and pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
