package app.stoika.pos.cashier;

import static app.stoika.pos.cashier.CashierFixture.CASHIER;
import static app.stoika.pos.cashier.CashierFixture.CASHIER_PIN;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.app.AppContext;
import app.stoika.pos.ui.Messages;

/** The lock screen: PIN pad login, wrong PINs, the logged-in name, lock and switch cashier, language. */
@DatabaseTest(demoData = true)
@ExtendWith(ApplicationExtension.class)
class LoginTest {
    private static AppContext context;
    private static Messages messages;
    private CashierApp app;

    @BeforeAll
    static void database(TestDatabase db) {
        messages = new Messages(Messages.RUSSIAN);
        context = CashierFixture.context(db, messages);
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        messages.setLocale(Messages.RUSSIAN);
        app = CashierFixture.app(context);
        CashierFixture.show(stage, app, 1024, 768);
    }

    @Test
    void aCashierLogsInWithThePinPadAndSeesTheirName(FxRobot robot) {
        assertThat(robot.lookup("#pin-ok").queryAs(Button.class).isDisabled()).isTrue();
        CashierFixture.logIn(robot, CASHIER, CASHIER_PIN);

        assertThat(app.session().current()).isPresent();
        assertThat(robot.lookup("#who").queryAs(Label.class).getText()).isEqualTo(CASHIER);
        assertThat(robot.lookup("#login").tryQuery()).isEmpty();
        // With the till's shift closed the cashier starts where it is opened; with it open, on the sell screen.
        assertThat(robot.lookup(app.shift().isOpen() ? "#sell" : "#shift-open").tryQuery()).isPresent();
    }

    @Test
    void aWrongPinIsRefusedWithASentenceAndTheDotsAreCleared(FxRobot robot) {
        CashierFixture.logIn(robot, CASHIER, "9999");

        assertThat(app.session().current()).isEmpty();
        assertThat(robot.lookup("#login-error").queryAs(Label.class).getText())
                .isEqualTo(messages.get("security.error.bad_credentials"));
        assertThat(robot.lookup("#pin-dots").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void aHardwareKeyboardTypesThePinToo(FxRobot robot) {
        robot.clickOn(CashierFixture.person(robot, CASHIER));
        robot.type(KeyCode.DIGIT4, KeyCode.DIGIT4, KeyCode.DIGIT4, KeyCode.DIGIT3);
        assertThat(robot.lookup("#pin-dots").queryAs(Label.class).getText()).isEqualTo("●●●●");
        robot.type(KeyCode.BACK_SPACE).type(KeyCode.DIGIT4).type(KeyCode.ENTER);
        assertThat(app.session().current()).isPresent();
    }

    @Test
    void lockingKeepsTheCartAndAnotherCashierTakesOver(FxRobot robot) {
        CashierFixture.logInAndOpenShift(robot, app);
        robot.clickOn("Закуски");
        robot.clickOn(robot.lookup(".product-tile").match(n -> CashierFixture.labels(n).contains("Печенье"))
                .queryAs(javafx.scene.Node.class));
        assertThat(app.sell().cart().lines()).hasSize(1);

        robot.clickOn("#lock");
        assertThat(app.session().current()).isEmpty();
        assertThat(robot.lookup("#login").tryQuery()).isPresent();

        CashierFixture.logIn(robot, "Мария Иванова", "3333");
        assertThat(robot.lookup("#who").queryAs(Label.class).getText()).isEqualTo("Мария Иванова");
        assertThat(app.sell().cart().lines()).hasSize(1);
    }

    @Test
    void whenTheDatabaseEndsTheSessionTheTillGoesBackToThePinScreenWithTheCartKept(FxRobot robot) {
        CashierFixture.logInAndOpenShift(robot, app);
        robot.clickOn("Закуски").clickOn(CashierFixture.tile(robot, "Печенье"));
        // Elsewhere, the session ends (a manager changed this cashier's PIN, or deactivated them).
        context.auth().logout(app.session().require());

        robot.clickOn("#pay");
        CashierFixture.typeAmount(robot, "key", "100");
        robot.clickOn("#payment-confirm");

        assertThat(app.session().current()).isEmpty();
        assertThat(robot.lookup("#login").tryQuery()).isPresent();
        assertThat(app.sell().cart().lines()).hasSize(1);
    }

    @Test
    void theLanguageSwitchRelabelsTheLoginScreen(FxRobot robot) {
        robot.clickOn("#language");
        assertThat(robot.lookup("#pin-hint").queryAs(Label.class).getText())
                .isEqualTo("Tap your name, then enter your PIN.");
        robot.clickOn("#language");
        assertThat(robot.lookup("#pin-hint").queryAs(Label.class).getText()).startsWith("Нажмите");
    }
}
