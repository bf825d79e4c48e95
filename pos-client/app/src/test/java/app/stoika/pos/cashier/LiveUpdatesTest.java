package app.stoika.pos.cashier;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
import app.stoika.pos.catalog.ModifierGroupView;
import app.stoika.pos.catalog.ModifierOptionView;
import app.stoika.pos.catalog.ProductView;
import app.stoika.pos.events.DatabaseEvents;
import app.stoika.pos.order.OrderLine;
import app.stoika.pos.order.PlaceOrder;
import app.stoika.pos.payment.Payment;
import app.stoika.pos.persistence.DatabaseSettings;
import app.stoika.pos.security.EmployeeSession;
import app.stoika.pos.security.Pin;
import app.stoika.pos.shared.Money;
import app.stoika.pos.ui.FxTaskExecutor;
import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.SameThreadTaskExecutor;

/**
 * What other tills do shows up here by itself: a sale at till 2 lowers the portions left on this till's tile and
 * puts the order in this till's queue within about a second (PostgreSQL LISTEN/NOTIFY, no polling); losing the
 * database shows a banner until it is back.
 */
@DatabaseTest(demoData = true)
@ExtendWith(ApplicationExtension.class)
class LiveUpdatesTest {
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

    private void logInWithOpenShift(FxRobot robot) {
        CashierFixture.await("the login screen", 20, () -> robot.lookup(".person-tile").tryQuery().isPresent());
        CashierFixture.logIn(robot, CashierFixture.CASHIER, CashierFixture.CASHIER_PIN);
        CashierFixture.await("the shift state", 20, () -> app.shift().loadedProperty().get());
        if (!app.shift().isOpen()) {
            CashierFixture.await("the shift screen", 20, () -> robot.lookup("#shift-open").tryQuery().isPresent());
            robot.clickOn("#shift-open");
            CashierFixture.await("the open shift", 20, () -> app.shift().isOpen());
        }
    }

    private static List<String> mangoTile(FxRobot robot) {
        return robot.lookup(".product-tile").match(n -> CashierFixture.labels(n).contains("Манго зелёный чай"))
                .tryQuery().map(CashierFixture::labels).orElse(List.of());
    }

    /** Till 2, another program instance with its own connections, sells one mango green tea. */
    private static void sellMangoTeaAtTillTwo() {
        try (AppContext other = AppContext.open(new DatabaseSettings(db.jdbcUrl(), db.user(), null, 1),
                new SameThreadTaskExecutor(), new Messages(Messages.RUSSIAN))) {
            long employee = other.staff().activeEmployees().stream()
                    .filter(e -> e.fullName().equals("Мария Иванова")).findFirst().orElseThrow().id();
            EmployeeSession session = other.auth().loginWithPin(2, employee, new Pin("3333"));
            if (other.shifts().current(session).isEmpty()) {
                other.shifts().open(session, Money.rub(0));
            }
            ProductView mango = other.catalog().activeProducts().stream()
                    .filter(p -> p.name().equals("Манго зелёный чай")).findFirst().orElseThrow();
            Set<Long> defaults = other.catalog().modifierGroups(mango.id()).stream()
                    .map(ModifierGroupView::defaults).flatMap(List::stream).map(ModifierOptionView::id)
                    .collect(Collectors.toSet());
            Money price = mango.price(); // the defaults cost nothing extra
            other.orders().place(session, PlaceOrder.of(List.of(new OrderLine(mango.id(), 1, defaults, null)),
                    List.of(Payment.cash(price, null))));
        }
    }

    @Test
    void aSaleAtAnotherTillUpdatesThePortionsLeftAndTheQueue(FxRobot robot) {
        logInWithOpenShift(robot);
        robot.clickOn("#nav-sell").clickOn("Бабл ти");
        CashierFixture.await("the mango tea tile", 20, () -> mangoTile(robot).contains("осталось 6"));

        sellMangoTeaAtTillTwo();
        long soldAt = System.nanoTime();
        CashierFixture.await("the tile to follow the sale", 5, () -> mangoTile(robot).contains("осталось 5"));
        long millis = (System.nanoTime() - soldAt) / 1_000_000;
        assertThat(millis).as("the tile followed within about a second").isLessThan(2_000);

        robot.clickOn("#nav-queue");
        CashierFixture.await("the order in this till's queue", 5, () -> robot.lookup(".queue-number").queryAll().size() == 1);
    }

    @Test
    void losingTheDatabaseShowsABannerUntilItIsBack(FxRobot robot) throws Exception {
        logInWithOpenShift(robot);
        Label banner = robot.lookup("#banner").queryAs(Label.class);
        assertThat(banner.isVisible()).isFalse();
        String database = db.jdbcUrl().replaceAll(".*/([^/?]+).*", "$1");
        String maintenance = db.jdbcUrl().replaceAll("/[^/?]+(\\?.*)?$", "/postgres");
        try (Connection c = DriverManager.getConnection(maintenance, db.user(), null);
             Statement st = c.createStatement()) {
            st.execute("alter database \"" + database + "\" allow_connections false");
            st.execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = '"
                    + DatabaseEvents.APPLICATION_NAME + "'");
            try {
                CashierFixture.await("the banner", 10, banner::isVisible);
                assertThat(banner.getText()).startsWith("Нет связи с базой данных");
            } finally {
                st.execute("alter database \"" + database + "\" allow_connections true");
            }
        }
        CashierFixture.await("the banner to go", 15, () -> !banner.isVisible());
    }
}
