package app.stoika.pos.docs;

import static app.stoika.pos.cashier.CashierFixture.tile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.app.AppContext;
import app.stoika.pos.cashier.CashierApp;
import app.stoika.pos.cashier.CashierFixture;
import app.stoika.pos.order.OrderLine;
import app.stoika.pos.order.PlaceOrder;
import app.stoika.pos.payment.Payment;
import app.stoika.pos.security.EmployeeSession;
import app.stoika.pos.security.Pin;
import app.stoika.pos.shared.Money;
import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.Snapshots;
import app.stoika.pos.ui.Theme;

/**
 * Walks through the main screens in a real window and writes the README's screenshots to docs/screenshots.
 * Not a test of behaviour (the *Test classes are); run with the {@code screenshots} profile under Xvfb.
 */
@Tag("screenshots")
@DatabaseTest(demoData = true)
@ExtendWith(ApplicationExtension.class)
class ScreenshotTour {
    private static final Path OUT = Path.of("../../docs/screenshots");
    private static AppContext context;
    private static Messages messages;
    private Stage stage;
    private CashierApp app;

    @BeforeAll
    static void database(TestDatabase db) throws Exception {
        messages = new Messages(Messages.RUSSIAN);
        context = CashierFixture.context(db, messages);
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.applyUserAgent();
        app = CashierFixture.app(context, Path.of(System.getProperty("java.io.tmpdir")));
        Scene scene = new Scene((javafx.scene.Parent) app.root(), 1366, 768);
        Theme.style(scene);
        stage.setScene(scene);
        stage.setTitle("Stoika");
        stage.show();
    }

    private void shot(FxRobot robot, String name) {
        WaitForAsyncUtils.sleep(1200, java.util.concurrent.TimeUnit.MILLISECONDS); // pictures and notifications settle
        robot.interact(() -> Snapshots.writePng(stage.getScene(), OUT.resolve(name + ".png")));
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
    }

    private static void option(FxRobot robot, String name) {
        robot.clickOn(robot.lookup(".option-button").match(n -> ((ToggleButton) n).getText().startsWith(name))
                .queryAs(Node.class));
    }

    /** Orders from till 2, so the queue has something in each column. */
    private static void ordersFromAnotherTill() {
        EmployeeSession maria = context.auth().loginWithPin(2, context.staff().activeEmployees().stream()
                .filter(e -> e.fullName().equals("Мария Иванова")).findFirst().orElseThrow().id(), new Pin("3333"));
        if (context.shifts().current(maria).isEmpty()) {
            context.shifts().open(maria, Money.rub(0));
        }
        List<String> names = List.of("Круассан", "Сырный тост", "Моти", "Вода без газа", "Сэндвич с ветчиной и сыром");
        var products = context.catalog().activeProducts().stream().filter(p -> names.contains(p.name())).toList();
        long[] placed = new long[5];
        for (int i = 0; i < 5; i++) {
            var product = products.get(i % products.size());
            placed[i] = context.orders().place(maria, PlaceOrder.of(List.of(new OrderLine(product.id(), 1 + i % 2, Set.of(),
                    i == 1 ? "с собой" : null)), List.of(Payment.cash(product.price().times(1 + i % 2), null)))).orderId();
        }
        context.orders().startPreparing(maria, List.of(placed[0], placed[1]));
        context.orders().complete(maria, List.of(placed[0]));
    }

    @Test
    void mainScreens(FxRobot robot) {
        shot(robot, "login-ru");
        CashierFixture.logIn(robot, CashierFixture.CASHIER, CashierFixture.CASHIER_PIN);
        CashierFixture.typeAmount(robot, "float", "5000");
        shot(robot, "shift-open-ru");
        robot.clickOn("#shift-open");

        robot.clickOn("Бабл ти").clickOn(tile(robot, "Классический молочный чай"));
        option(robot, "L 700");
        option(robot, "Тапиока");
        option(robot, "25%");
        shot(robot, "modifiers-ru");
        robot.clickOn("#modifiers-add");
        robot.clickOn(tile(robot, "Таро молочный чай"));
        robot.clickOn("#modifiers-add");
        robot.clickOn("Закуски").clickOn(tile(robot, "Печенье")).clickOn(tile(robot, "Печенье"));
        robot.clickOn("#cart-customer").clickOn("#customer-phone").write("+7 916 123-45-67").clickOn("#customer-find");
        robot.clickOn("#customer-attach").clickOn("#customer-points-plus").clickOn("#customer-close");
        robot.clickOn("Бабл ти");
        shot(robot, "sell-ru");
        resize(robot, 1024, 768);
        shot(robot, "sell-ru-1024x768");
        resize(robot, 1366, 768);
        robot.clickOn("#more").clickOn("English");
        shot(robot, "sell-en");
        robot.clickOn("#more").clickOn("Русский");
        robot.clickOn("#more").clickOn("Тёмная тема");
        shot(robot, "sell-dark");
        robot.clickOn("#more").clickOn("Тёмная тема");

        robot.clickOn("#pay");
        CashierFixture.typeAmount(robot, "key", "1000");
        shot(robot, "payment-ru");
        robot.clickOn("#payment-confirm");
        shot(robot, "payment-done-ru");
        robot.clickOn("#next-order");

        ordersFromAnotherTill();
        robot.clickOn("#nav-queue");
        shot(robot, "queue-ru");

        robot.clickOn("#nav-shift").clickOn("#shift-cash-in");
        CashierFixture.typeAmount(robot, "movement", "2000");
        robot.clickOn("#movement-reason").write("Размен из банка").clickOn("#movement-save");
        robot.clickOn("#shift-close");
        CashierFixture.typeAmount(robot, "counted", "7800");
        shot(robot, "shift-close-count-ru");
        robot.clickOn("#close-confirm");
        shot(robot, "shift-close-ru");
    }
}
