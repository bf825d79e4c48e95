package app.stoika.pos.cashier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.app.AppContext;
import app.stoika.pos.shared.Money;
import app.stoika.pos.shift.CashMovementKind;
import app.stoika.pos.shift.ShiftReport;
import app.stoika.pos.ui.Messages;

/**
 * A cashier's shift from opening to the Z report: float, cash in, a cash out that needs the manager's PIN, a
 * sale, the X report, and a blind close that comes out short.
 */
@DatabaseTest(demoData = true)
@ExtendWith(ApplicationExtension.class)
class ShiftScreenTest {
    @TempDir
    static Path reports;
    private static AppContext context;
    private CashierApp app;

    @BeforeAll
    static void database(TestDatabase db) {
        context = CashierFixture.context(db, new Messages(Messages.RUSSIAN));
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        app = CashierFixture.app(context, reports);
        CashierFixture.show(stage, app, 1366, 768);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void openCashInCashOutWithApprovalSellAndCloseShort(FxRobot robot) throws Exception {
        CashierFixture.logInAndOpenShift(robot, app); // float 5000 ₽
        assertThat(app.shift().isOpen()).isTrue();

        robot.clickOn("#nav-shift").clickOn("#shift-cash-in");
        CashierFixture.typeAmount(robot, "movement", "1000");
        robot.clickOn("Размен из банка").clickOn("#movement-save");

        // A cashier takes cash out only with a manager's PIN.
        robot.clickOn("#shift-cash-out");
        CashierFixture.typeAmount(robot, "movement", "700");
        robot.clickOn("Оплата поставщику").clickOn("#movement-save");
        assertThat(robot.lookup("#approval-sheet").tryQuery()).isPresent();
        robot.clickOn(robot.lookup(".person-tile").match(n -> ((javafx.scene.control.ToggleButton) n).getText()
                .equals(CashierFixture.MANAGER)).queryAs(javafx.scene.Node.class));
        CashierFixture.typeAmount(robot, "approval", "1234");
        robot.clickOn("#approval-ok");
        assertThat(text(robot, "#approval-error")).isEqualTo(Messages.load(Messages.RUSSIAN)
                .getString("security.error.bad_credentials"));
        CashierFixture.typeAmount(robot, "approval", CashierFixture.MANAGER_PIN);
        robot.clickOn("#approval-ok");
        assertThat(robot.lookup("#approval-sheet").tryQuery()).isEmpty();

        ShiftReport x = context.shifts().report(app.session().require());
        assertThat(x.cashIn()).isEqualTo(Money.rub(100000));
        assertThat(x.cashOut()).isEqualTo(Money.rub(70000));
        assertThat(x.movements()).filteredOn(m -> m.kind() == CashMovementKind.OUT).singleElement()
                .satisfies(m -> assertThat(m.approvedBy()).contains(CashierFixture.MANAGER));
        // 5000 + 1000 − 700 = 5300 ₽ expected, shown on the X report
        assertThat(text(robot, "#shift-expected")).isEqualTo("5\u00a0300\u00a0₽");

        robot.clickOn("#shift-print-x");
        Path xPdf = waitForPdf("shift");
        assertThat(Files.size(xPdf)).isPositive();

        robot.clickOn("#shift-close");
        assertThat(CashierFixture.labels(robot.lookup("#close-sheet").query()))
                .as("a blind count: the expected amount is not shown before counting")
                .noneMatch(t -> t.contains("5\u00a0300"));
        CashierFixture.typeAmount(robot, "counted", "5250");
        robot.clickOn("#close-confirm");

        assertThat(app.shift().isOpen()).isFalse();
        assertThat(text(robot, "#shift-counted")).isEqualTo("5\u00a0250\u00a0₽");
        assertThat(CashierFixture.labels(robot.lookup("#z-report").query())).contains("Недостача");
        assertThat(text(robot, "#shift-difference")).isEqualTo("50\u00a0₽");
        assertThat(robot.lookup("#shift-open").tryQuery()).as("a new shift can be opened").isPresent();
    }

    private static Path waitForPdf(String prefix) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (var files = Files.list(reports)) {
                var found = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
            WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("no " + prefix + " PDF in " + reports);
    }
}
