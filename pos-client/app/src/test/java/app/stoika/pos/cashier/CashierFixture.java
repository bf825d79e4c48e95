package app.stoika.pos.cashier;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;

import org.testfx.api.FxRobot;

import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.app.AppContext;
import app.stoika.pos.persistence.DatabaseSettings;
import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.SameThreadTaskExecutor;
import app.stoika.pos.ui.Theme;

/** The cashier app on a test database, with database work on the calling thread, and the steps tests share. */
public final class CashierFixture {
    public static final String CASHIER = "Алексей Петров";
    public static final String CASHIER_PIN = "4444";
    public static final String MANAGER = "Дмитрий Козлов";
    public static final String MANAGER_PIN = "2222";

    private CashierFixture() {
    }

    public static AppContext context(TestDatabase db, Messages messages) {
        return AppContext.open(new DatabaseSettings(db.jdbcUrl(), db.user(), null, 3), new SameThreadTaskExecutor(),
                messages);
    }

    public static CashierApp app(AppContext context) {
        return app(context, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** The app with receipts saved as PDFs in {@code receipts}. */
    public static CashierApp app(AppContext context, Path receipts) {
        CashierApp app = new CashierApp(context, new CashierApp.Options(1, false, "pdf:" + receipts));
        app.start(() -> { });
        return app;
    }

    /** Puts the app in the test's window at this size, with the app's theme. */
    public static void show(javafx.stage.Stage stage, CashierApp app, double width, double height) {
        Theme.applyUserAgent();
        javafx.scene.Scene scene = new javafx.scene.Scene((javafx.scene.Parent) app.root(), width, height);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** Waits for something the app does on background threads (apps on the real task executor). */
    public static void await(String what, long seconds, java.util.function.BooleanSupplier condition) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS,
                    condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types an amount on an {@code AmountPad} (ids prefix-0..9). */
    public static void typeAmount(FxRobot robot, String prefix, String digits) {
        for (char d : digits.toCharArray()) {
            robot.clickOn("#" + prefix + "-" + d);
        }
    }

    /**
     * Logs in and, when the till has no open shift (the first test of a class), opens it with a float of
     * 5000 ₽, as a cashier starts the day. For apps on the same-thread executor.
     */
    public static void logInAndOpenShift(FxRobot robot, CashierApp app) {
        logIn(robot, CASHIER, CASHIER_PIN);
        if (!app.shift().isOpen()) {
            typeAmount(robot, "float", "5000");
            robot.clickOn("#shift-open");
        }
    }

    public static Node tile(FxRobot robot, String name) {
        return robot.lookup(".product-tile").match(n -> labels(n).contains(name)).query();
    }

    /** Taps the employee's name and types the PIN on the pad. */
    public static void logIn(FxRobot robot, String name, String pin) {
        robot.clickOn(person(robot, name));
        for (char digit : pin.toCharArray()) {
            robot.clickOn("#pin-" + digit);
        }
        robot.clickOn("#pin-ok");
    }

    public static ToggleButton person(FxRobot robot, String name) {
        return robot.lookup(".person-tile").queryAllAs(ToggleButton.class).stream()
                .filter(t -> labels(t).contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not on the login screen"));
    }

    public static List<String> labels(Node node) {
        return node.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
    }
}
