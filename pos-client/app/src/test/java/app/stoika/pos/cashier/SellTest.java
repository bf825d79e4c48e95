package app.stoika.pos.cashier;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
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
import app.stoika.pos.cashier.sell.CartLine;
import app.stoika.pos.shared.Money;
import app.stoika.pos.ui.Messages;

/** The sell screen: tiles into the cart, modifiers, quantities, notes, search, the barcode scanner, the guest. */
@DatabaseTest(demoData = true)
@ExtendWith(ApplicationExtension.class)
class SellTest {
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
        CashierFixture.show(stage, app, 1366, 768);
    }

    private void logIn(FxRobot robot) {
        CashierFixture.logInAndOpenShift(robot, app);
    }

    private static Node tile(FxRobot robot, String name) {
        return robot.lookup(".product-tile").match(n -> CashierFixture.labels(n).contains(name)).query();
    }

    private CartLine line(int index) {
        return app.sell().cart().lines().get(index);
    }

    private static ToggleButton option(FxRobot robot, String name) {
        return robot.lookup(".option-button").queryAllAs(ToggleButton.class).stream()
                .filter(b -> ((app.stoika.pos.catalog.ModifierOptionView) b.getUserData()).name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " is not offered"));
    }

    private static void clickOptions(FxRobot robot, String... names) {
        for (String name : names) {
            robot.clickOn(option(robot, name));
        }
    }

    /**
     * What a USB scanner does: the whole code as key strokes within a millisecond or two, then Enter, into
     * whatever has the focus. (The robot's own typing is as slow as a person on a busy machine.)
     */
    private static void scan(FxRobot robot, String code) {
        robot.interact(() -> {
            Node target = robot.targetWindow().getScene().getFocusOwner();
            for (char c : code.toCharArray()) {
                javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(
                        javafx.scene.input.KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                        false, false, false, false));
            }
            javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void tappingATileWithoutModifiersAddsItAndTappingAgainCountsUp(FxRobot robot) {
        logIn(robot);
        robot.clickOn("Закуски");
        robot.clickOn(tile(robot, "Печенье")).clickOn(tile(robot, "Печенье")).clickOn(tile(robot, "Круассан"));

        assertThat(app.sell().cart().lines()).extracting(l -> l.product().name(), CartLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Печенье", 2),
                        org.assertj.core.groups.Tuple.tuple("Круассан", 1));
        assertThat(text(robot, "#cart-total")).isEqualTo("Итого 360\u00a0₽");
        assertThat(robot.lookup("#pay").queryAs(Button.class).getText()).isEqualTo("Оплата 360\u00a0₽");
    }

    @Test
    void plusMinusRemoveAndANoteChangeTheCart(FxRobot robot) {
        logIn(robot);
        robot.clickOn("Закуски").clickOn(tile(robot, "Печенье"));
        robot.clickOn(".cart-line-plus").clickOn(".cart-line-plus");
        assertThat(line(0).quantity()).isEqualTo(3);
        robot.clickOn(".cart-line-minus");
        assertThat(line(0).quantity()).isEqualTo(2);
        assertThat(text(robot, "#cart-total")).isEqualTo("Итого 180\u00a0₽");

        robot.clickOn(".cart-line-note");
        robot.clickOn("#note-field").write("разогреть");
        robot.clickOn("#note-save");
        assertThat(line(0).note()).isEqualTo("разогреть");
        assertThat(CashierFixture.labels(robot.lookup("#cart-lines").query())).contains("✎ разогреть");

        robot.clickOn(".cart-line-minus").clickOn(".cart-line-minus");
        assertThat(app.sell().cart().lines()).isEmpty();
        robot.clickOn("Закуски").clickOn(tile(robot, "Круассан")).clickOn(".cart-line-remove");
        assertThat(app.sell().cart().lines()).isEmpty();
        assertThat(robot.lookup("#pay").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void aProductWithModifiersAsksForThemAndRequiredGroupsMustBeAnswered(FxRobot robot) {
        logIn(robot);
        robot.clickOn("Бабл ти").clickOn(tile(robot, "Классический молочный чай"));
        assertThat(robot.lookup("#modifier-sheet").tryQuery()).isPresent();
        Button add = robot.lookup("#modifiers-add").queryAs(Button.class);
        assertThat(add.isDisabled()).as("the defaults answer every required group").isFalse();

        clickOptions(robot, "L 700 мл", "Тапиока", "Сырная пенка");
        clickOptions(robot, "50%"); // untick the only sugar answer: the group is now unanswered
        assertThat(add.isDisabled()).isTrue();
        assertThat(CashierFixture.labels(robot.lookup("#modifier-sheet").query())).contains("выберите один вариант");
        clickOptions(robot, "25%");
        assertThat(add.getText()).isEqualTo("Добавить · 470\u00a0₽"); // 290 + 60 + 50 + 70
        robot.clickOn(add);

        assertThat(robot.lookup("#modifier-sheet").tryQuery()).isEmpty();
        assertThat(line(0).optionsText()).isEqualTo("L 700 мл, 25%, Обычно, Тапиока, Сырная пенка");
        assertThat(line(0).unitPrice()).isEqualTo(Money.rub(47000));
    }

    @Test
    void toppingsStopAtTheirMaximum(FxRobot robot) {
        logIn(robot);
        robot.clickOn("Бабл ти").clickOn(tile(robot, "Классический молочный чай"));
        clickOptions(robot, "Тапиока", "Личи-желе", "Поппинг-боба", "Сырная пенка");
        assertThat(option(robot, "Сырная пенка").isSelected()).isFalse();
        assertThat(option(robot, "Тапиока").isSelected()).isTrue();
        assertThat(CashierFixture.labels(robot.lookup("#modifier-sheet").query())).anyMatch(t -> t.startsWith("не больше 3"));
        robot.clickOn("#modifiers-cancel");
        assertThat(app.sell().cart().lines()).isEmpty();
    }

    @Test
    void aTileThatCannotBeMadeSaysWhyAndAddsNothing(FxRobot robot) {
        logIn(robot);
        robot.clickOn("Закуски").clickOn(tile(robot, "Чизкейк"));
        assertThat(app.sell().cart().lines()).isEmpty();
        assertThat(text(robot, "#sell-notice")).isEqualTo("«Чизкейк» сейчас не приготовить: нет Чизкейк.");
    }

    @Test
    void aScannerAddsTheProductWithoutTouchingTheSearchBox(FxRobot robot) {
        logIn(robot);
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        robot.clickOn(search).write("пече");          // a person has started a search...
        scan(robot, "4600000000240");                 // ...and the scanner reads a croissant
        assertThat(app.sell().cart().lines()).extracting(l -> l.product().name()).containsExactly("Круассан");
        assertThat(search.getText()).isEqualTo("пече");

        scan(robot, "0000000000");
        assertThat(text(robot, "#sell-notice")).contains("0000000000");
        assertThat(app.sell().cart().lines()).hasSize(1);
    }

    @Test
    void typingByHandIsASearchNotAScan(FxRobot robot) {
        logIn(robot);
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        robot.clickOn(search);
        for (char c : "4600000000240".toCharArray()) {
            robot.write(c).sleep(90);
        }
        robot.type(KeyCode.ENTER).sleep(400); // the search runs once typing pauses
        assertThat(app.sell().cart().lines()).isEmpty();
        assertThat(search.getText()).isEqualTo("4600000000240");
        assertThat(robot.lookup(".product-tile").queryAll()).hasSize(1); // the search finds it by barcode
    }

    @Test
    void aGuestIsFoundByPhoneAttachedAndRedeemsPoints(FxRobot robot) {
        logIn(robot);
        robot.clickOn("Закуски").clickOn(tile(robot, "Сэндвич с ветчиной и сыром")); // 280 ₽
        robot.clickOn("#cart-customer");
        robot.clickOn("#customer-phone").write("+7 916 123-45-67").clickOn("#customer-find");
        robot.clickOn("#customer-attach");
        assertThat(app.sell().cart().customerProperty().get()).isPresent();
        long points = app.sell().cart().customerProperty().get().get().points();

        robot.clickOn("#customer-points-max");
        long redeemed = Math.min(points, 280);
        assertThat(app.sell().cart().redeemPointsProperty().get()).isEqualTo(redeemed);
        robot.clickOn("#customer-close");
        assertThat(app.sell().cart().total()).isEqualTo(Money.rub(28000 - redeemed * 100));
        assertThat(text(robot, "#cart-discount")).startsWith("Баллы " + redeemed);
    }

    @Test
    void anUnknownPhoneRegistersANewGuestOnTheSpot(FxRobot robot) {
        logIn(robot);
        robot.clickOn("Закуски").clickOn(tile(robot, "Печенье"));
        robot.clickOn("#cart-customer");
        robot.clickOn("#customer-phone").write("8 (905) 111-22-33").clickOn("#customer-find");
        robot.clickOn("#customer-name").write("Ольга");
        robot.clickOn("#customer-register");
        assertThat(app.sell().cart().customerProperty().get()).hasValueSatisfying(c -> {
            assertThat(c.name()).isEqualTo("Ольга");
            assertThat(c.phone().e164()).isEqualTo("+79051112233");
        });
        assertThat(context.customers().findByPhone("+79051112233")).isPresent();

        robot.clickOn("#customer-close").clickOn("#cart-customer");
        robot.clickOn("#customer-phone").write("12").clickOn("#customer-find");
        assertThat(text(robot, "#customer-status")).isEqualTo(messages.get("customer.error.bad_phone"));
    }
}
