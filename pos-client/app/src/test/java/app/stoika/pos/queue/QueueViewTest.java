package app.stoika.pos.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.app.AppContext;
import app.stoika.pos.events.ConnectionState;
import app.stoika.pos.events.DatabaseEvents;
import app.stoika.pos.order.OrderLine;
import app.stoika.pos.order.PlacedOrder;
import app.stoika.pos.security.Permission;
import app.stoika.pos.ui.ManagerApproval;
import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.SameThreadTaskExecutor;
import app.stoika.pos.ui.Theme;

/**
 * The barista's queue on the demo café, headless, against a real database: two tills with their own
 * connections, live updates from the app context's LISTEN connection, database work on the FX thread.
 */
@DatabaseTest(demoData = true)
@ExtendWith(ApplicationExtension.class)
class QueueViewTest {
    private static QueueFixture fx;
    private static AppContext context;
    private static Messages messages;
    private static final List<Permission> approvalsAsked = new CopyOnWriteArrayList<>();

    private QueueViewModel model;
    private Stage stage;

    @BeforeAll
    static void database(TestDatabase db) {
        fx = new QueueFixture(db);
        messages = new Messages(Messages.RUSSIAN);
        context = AppContext.open(fx.settings, new SameThreadTaskExecutor(), messages);
    }

    @AfterAll
    static void close() {
        context.close();
        fx.close();
    }

    /** The stand-in for the PIN dialog: the demo manager approves at once. */
    private static final ManagerApproval MANAGER_APPROVES = (session, permission, onApproved) -> {
        approvalsAsked.add(permission);
        onApproved.accept(fx.auth.approve(session, fx.managerId, QueueFixture.MANAGER_PIN, permission));
    };

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fx.clearQueue();
        fx.loggedIn.set(Optional.of(fx.barista));
        fx.clock.setAhead(Duration.ZERO);
        approvalsAsked.clear();
        Theme.applyUserAgent();
        messages.setLocale(Messages.RUSSIAN);
        model = new QueueViewModel(fx.reader(), fx.orders, context.tasks(), fx.loggedIn::get, MANAGER_APPROVES, fx.clock);
        model.listenTo(context.events(), Platform::runLater);
        Scene scene = new Scene(new QueueView(model, messages), 1366, 768);
        Theme.style(scene);
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1366);
        stage.setHeight(768);
        stage.show();
        model.refresh();
    }

    @AfterEach
    void stopListening() {
        model.close();
    }

    private static List<OrderCard> cards(FxRobot robot, String column) {
        VBox list = robot.lookup("#column-" + column + "-cards").queryAs(VBox.class);
        return list.getChildren().stream().filter(OrderCard.class::isInstance).map(OrderCard.class::cast).toList();
    }

    private static Optional<OrderCard> card(FxRobot robot, String column, long orderId) {
        return cards(robot, column).stream().filter(c -> c.card().orderId() == orderId).findFirst();
    }

    private static List<Long> ids(FxRobot robot, String column) {
        return cards(robot, column).stream().map(c -> c.card().orderId()).toList();
    }

    private static List<String> texts(Node node) {
        return node.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void assertNoError(FxRobot robot) {
        assertThat(robot.lookup("#error-banner").query().isVisible()).as(text(robot, "#error")).isFalse();
    }

    private static void tap(FxRobot robot, long orderId) {
        robot.clickOn("#number-" + orderId);
    }

    @Test
    void ordersPlacedThroughTheOrderServiceWaitWithTheirLinesGuestAndTill(FxRobot robot) {
        PlacedOrder latte = fx.placeOrder(fx.orders, fx.barista, Optional.of(fx.customerId("Ольга Кузнецова")),
                List.of(new OrderLine(fx.productId("Латте"), 2, Set.of(fx.optionId("Молоко", "Овсяное"),
                        fx.optionId("Сироп", "Карамель")), "без пенки"), OrderLine.of(fx.productId("Печенье"), 1)));
        robot.interact(model::refresh);

        OrderCard card = card(robot, "pending", latte.orderId()).orElseThrow();
        assertThat(texts(card)).contains("№ " + latte.dailyNumber(), "только что", "2 × Латте", "Овсяное · Карамель",
                "«без пенки»", "1 × Печенье", "Гость: Ольга Кузнецова · Принят: Бар", "Нажмите, чтобы начать готовить");
        assertThat(text(robot, "#column-pending-title")).isEqualTo("Ожидают · 1");
        assertThat(robot.lookup("#locked").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void aTapMovesAnOrderFromWaitingToPreparingToReady(FxRobot robot) {
        PlacedOrder order = fx.sell("Вода без газа", 1);
        robot.interact(model::refresh);

        tap(robot, order.orderId());
        assertThat(fx.status(order.orderId())).isEqualTo("preparing");
        assertThat(ids(robot, "preparing")).containsExactly(order.orderId());
        assertThat(ids(robot, "pending")).doesNotContain(order.orderId());
        assertThat(texts(card(robot, "preparing", order.orderId()).orElseThrow())).contains("Нажмите, когда заказ готов");

        tap(robot, order.orderId());
        assertThat(fx.status(order.orderId())).isEqualTo("completed");
        assertThat(ids(robot, "completed").get(0)).isEqualTo(order.orderId());
        assertThat(ids(robot, "preparing")).isEmpty();
        assertThat(texts(card(robot, "completed", order.orderId()).orElseThrow())).anyMatch(t -> t.startsWith("Готов в "));
        assertThat(robot.lookup("#cancel-" + order.orderId()).tryQuery()).as("a completed order cannot be cancelled").isEmpty();

        tap(robot, order.orderId());
        assertThat(fx.status(order.orderId())).as("tapping a ready order changes nothing").isEqualTo("completed");
        assertNoError(robot);
    }

    @Test
    void aDoubleTapMovesOnlyTheTappedOrderOneStep(FxRobot robot) {
        PlacedOrder first = fx.sell("Вода без газа", 1);
        PlacedOrder next = fx.sell("Вода без газа", 1);
        robot.interact(model::refresh);

        // The first tap moves the order away; the second lands where the next order now is, and must not move it.
        robot.doubleClickOn("#number-" + first.orderId());
        assertThat(fx.status(first.orderId())).isEqualTo("preparing");
        assertThat(fx.status(next.orderId())).isEqualTo("pending");
        assertNoError(robot);
    }

    @Test
    void threeSelectedOrdersAreCompletedTogether(FxRobot robot) throws Exception {
        List<Long> three = List.of(fx.sell("Вода без газа", 1).orderId(), fx.sell("Вода без газа", 2).orderId(),
                fx.sell("Печенье", 1).orderId());
        long untouched = fx.sell("Вода без газа", 1).orderId();
        robot.interact(model::refresh);
        fx.orders.startPreparing(fx.barista, List.of(three.get(2)));
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> card(robot, "preparing", three.get(2)).isPresent());

        robot.clickOn("#select");
        three.forEach(id -> tap(robot, id));
        assertThat(model.selected()).containsExactlyInAnyOrderElementsOf(three);
        assertThat(text(robot, "#selected-count")).isEqualTo("Выбрано: 3");
        assertThat(three).allSatisfy(id -> assertThat(fx.status(id)).as("ticking moves nothing").isNotEqualTo("completed"));

        robot.clickOn("#complete-selected");
        assertThat(three).allSatisfy(id -> assertThat(fx.status(id)).isEqualTo("completed"));
        assertThat(ids(robot, "completed")).containsAll(three);
        assertThat(fx.status(untouched)).isEqualTo("pending");
        assertThat(ids(robot, "pending")).containsExactly(untouched);
        assertThat(robot.lookup("#select").queryAs(ToggleButton.class).isSelected()).as("select mode ends").isFalse();
        assertThat(model.selected()).isEmpty();
    }

    @Test
    void aBatchCancelWithOneOrderNoLongerCancellableChangesNothingAndSaysWhy(FxRobot robot) throws Exception {
        List<Long> three = List.of(fx.sell("Вода без газа", 1).orderId(), fx.sell("Вода без газа", 1).orderId(),
                fx.sell("Вода без газа", 1).orderId());
        robot.interact(model::refresh);
        robot.clickOn("#select");
        three.forEach(id -> tap(robot, id));

        // Meanwhile the other till hands one of them over.
        fx.otherOrders.complete(fx.otherCashier, List.of(three.get(1)));
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> ids(robot, "completed").contains(three.get(1)));
        assertThat(model.selected()).as("a ticked order stays ticked when it moves").hasSize(3);

        robot.clickOn("#cancel-selected");
        assertThat(robot.lookup("#cancel-sheet").query().isVisible()).isTrue();
        robot.clickOn("#reason-changed-mind");
        robot.clickOn("#cancel-confirm");

        assertThat(text(robot, "#error")).isEqualTo(
                "Ничего не изменено. Этот заказ уже нельзя отменить. Обновите список заказов.");
        assertThat(fx.status(three.get(0))).isEqualTo("pending");
        assertThat(fx.status(three.get(1))).isEqualTo("completed");
        assertThat(fx.status(three.get(2))).isEqualTo("pending");
        assertThat(fx.number("select count(*) from pos.cancelled_item c join pos.order_item i on i.id = c.order_item_id "
                + "where i.order_id = any(?)", (Object) three.toArray(Long[]::new))).isZero();
        assertThat(model.selected()).as("the selection stays, to be corrected").hasSize(3);

        robot.clickOn("#dismiss-error");
        assertNoError(robot);
    }

    @Test
    void cancellingWithAReasonReturnsToStockOrWritesOff(FxRobot robot) {
        long beans = fx.number("select id from pos.ingredient where name = 'Кофе в зёрнах'");
        PlacedOrder returned = fx.sell("Эспрессо", 1);
        PlacedOrder wasted = fx.sell("Эспрессо", 1);
        robot.interact(model::refresh);
        Object before = fx.scalar("select on_hand from pos.ingredient where id = ?", beans);

        robot.clickOn("#cancel-" + returned.orderId());
        assertThat(text(robot, "#cancel-sheet .sheet-title")).isEqualTo("Отмена заказа № " + returned.dailyNumber());
        assertThat(robot.lookup("#disposition-return").queryAs(ToggleButton.class).isSelected())
                .as("nothing made yet for a waiting order").isTrue();
        robot.clickOn("#reason-changed-mind");
        assertThat(robot.lookup("#cancel-reason").queryAs(TextField.class).getText()).isEqualTo("Гость передумал");
        robot.clickOn("#cancel-confirm");

        assertThat(fx.status(returned.orderId())).isEqualTo("cancelled");
        assertThat(fx.scalar("select reason || '/' || disposition from pos.cancelled_item c join pos.order_item i "
                + "on i.id = c.order_item_id where i.order_id = ?", returned.orderId())).isEqualTo("Гость передумал/return_to_stock");
        assertThat(fx.scalar("select sum(delta)::text from pos.stock_movement where order_id = ? and kind = 'cancel_return' "
                + "and ingredient_id = ?", returned.orderId(), beans)).isEqualTo("18.000");
        assertThat(ids(robot, "pending")).doesNotContain(returned.orderId()).contains(wasted.orderId());

        robot.clickOn("#cancel-" + wasted.orderId());
        robot.clickOn("#disposition-waste");
        TextField reason = robot.lookup("#cancel-reason").queryAs(TextField.class);
        Button confirm = robot.lookup("#cancel-confirm").queryAs(Button.class);
        assertThat(confirm.isDisabled()).as("no reason, no cancellation").isTrue();
        robot.interact(() -> reason.setText("  Пролили при выдаче "));
        robot.clickOn(confirm);

        assertThat(fx.status(wasted.orderId())).isEqualTo("cancelled");
        assertThat(fx.scalar("select reason || '/' || disposition from pos.cancelled_item c join pos.order_item i "
                + "on i.id = c.order_item_id where i.order_id = ?", wasted.orderId())).isEqualTo("Пролили при выдаче/waste");
        assertThat(fx.number("select count(*) from pos.stock_movement where order_id = ? and kind = 'cancel_return'",
                wasted.orderId())).as("written off: nothing comes back").isZero();
        assertThat(fx.scalar("select on_hand from pos.ingredient where id = ?", beans)).as("one espresso back, one gone")
                .isEqualTo(((BigDecimal) before).add(new BigDecimal("18")));
        assertNoError(robot);
    }

    @Test
    void anOrderFromAnotherTillAppearsWithinOneSecondByItself(FxRobot robot) throws Exception {
        PlacedOrder order = fx.sellAtOtherTill("Вода без газа", 3);

        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> card(robot, "pending", order.orderId()).isPresent());
        assertThat(texts(card(robot, "pending", order.orderId()).orElseThrow())).contains("3 × Вода без газа", "Принят: Касса 1");

        // And moves when the other till moves it.
        fx.otherOrders.startPreparing(fx.otherCashier, List.of(order.orderId()));
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> card(robot, "preparing", order.orderId()).isPresent());
        assertThat(ids(robot, "pending")).doesNotContain(order.orderId());
    }

    @Test
    void afterLosingLiveUpdatesTheQueueSaysSoAndCatchesUpByItself(FxRobot robot) throws Exception {
        List<ConnectionState> seen = new CopyOnWriteArrayList<>();
        robot.interact(() -> model.connectionProperty().addListener((obs, old, now) -> seen.add(now)));

        // The live-update connection is cut, and a sale commits before it is back: its notification is lost.
        long missed = fx.number("select o.order_id from (select pg_terminate_backend(pid) from pg_stat_activity "
                + "where application_name = ? and datname = current_database()) t, "
                + "pos.place_order(gen_random_uuid(), ?, ?, null, 0, cast(? as jsonb)) o",
                DatabaseEvents.APPLICATION_NAME, fx.otherCashier.employeeId(), fx.otherCashier.terminalId(),
                "[{\"product_id\": " + fx.productId("Вода без газа") + ", \"quantity\": 1}]");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> card(robot, "pending", missed).isPresent());
        assertThat(seen).containsExactly(ConnectionState.DOWN, ConnectionState.UP);
        assertThat(robot.lookup("#offline").queryAs(Label.class).isVisible()).isFalse();
        assertThat(text(robot, "#offline")).startsWith("Нет связи с базой данных");
    }

    @Test
    void cancellingAnOrderBeingPreparedAsksAManager(FxRobot robot) {
        PlacedOrder order = fx.sell("Печенье", 1);
        robot.interact(model::refresh);
        tap(robot, order.orderId());
        assertThat(fx.status(order.orderId())).isEqualTo("preparing");

        robot.clickOn("#cancel-" + order.orderId());
        assertThat(texts(robot.lookup("#cancel-sheet").query())).contains(
                "Заказ уже готовится: потребуется подтверждение менеджера.");
        assertThat(robot.lookup("#disposition-waste").queryAs(ToggleButton.class).isSelected())
                .as("being prepared: it was made").isTrue();
        robot.clickOn("#reason-out-of-ingredient");
        robot.clickOn("#cancel-confirm");

        assertThat(approvalsAsked).containsExactly(Permission.CANCEL_PREPARING);
        assertThat(fx.status(order.orderId())).isEqualTo("cancelled");
        assertThat(fx.number("select c.approved_by from pos.cancelled_item c join pos.order_item i on i.id = c.order_item_id "
                + "where i.order_id = ?", order.orderId())).isEqualTo(fx.managerId);
        assertThat(ids(robot, "preparing")).doesNotContain(order.orderId());
        assertNoError(robot);
    }

    @Test
    void aWaitingOrderIsCancelledWithoutAskingAManager(FxRobot robot) {
        PlacedOrder order = fx.sell("Вода без газа", 1);
        robot.interact(model::refresh);
        robot.clickOn("#cancel-" + order.orderId());
        robot.clickOn("#reason-cashier-error");
        robot.clickOn("#cancel-confirm");
        assertThat(fx.status(order.orderId())).isEqualTo("cancelled");
        assertThat(approvalsAsked).isEmpty();
    }

    @Test
    void aLockedScreenMovesNothing(FxRobot robot) {
        PlacedOrder order = fx.sell("Вода без газа", 1);
        fx.loggedIn.set(Optional.empty());
        robot.interact(() -> {
            model.sessionChanged();
            model.refresh();
        });
        assertThat(robot.lookup("#locked").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text(robot, "#locked")).isEqualTo("Экран заблокирован. Войдите на кассе, чтобы менять или отменять заказы.");
        assertThat(robot.lookup("#cancel-" + order.orderId()).queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#select").queryAs(ToggleButton.class).isDisabled()).isTrue();

        tap(robot, order.orderId());
        assertThat(fx.status(order.orderId())).isEqualTo("pending");

        fx.loggedIn.set(Optional.of(fx.barista));
        robot.interact(model::sessionChanged);
        assertThat(robot.lookup("#locked").queryAs(Label.class).isVisible()).isFalse();
        tap(robot, order.orderId());
        assertThat(fx.status(order.orderId())).isEqualTo("preparing");
    }

    @Test
    void aRefusedMoveShowsASentenceNotAStackTrace(FxRobot robot) {
        PlacedOrder order = fx.sell("Вода без газа", 1);
        robot.interact(model::refresh);
        model.close(); // the board goes stale: the other till's move is not heard
        fx.otherOrders.complete(fx.otherCashier, List.of(order.orderId()));

        tap(robot, order.orderId());
        assertThat(text(robot, "#error")).isEqualTo(
                "Заказ нельзя перевести в этот статус из текущего. Обновите список заказов.");
        assertThat(fx.status(order.orderId())).isEqualTo("completed");
        assertThat(ids(robot, "completed")).as("the board was read again").contains(order.orderId());
    }

    @Test
    void waitingTimesTickWithoutReadingAndTurnRedWhenLate(FxRobot robot) {
        PlacedOrder order = fx.sell("Вода без газа", 1);
        robot.interact(model::refresh);
        fx.clock.setAhead(Duration.ofMinutes(12).plusSeconds(5));
        robot.interact(model::tick);
        OrderCard card = card(robot, "pending", order.orderId()).orElseThrow();
        assertThat(texts(card)).contains("12 мин");
        assertThat(card.getStyleClass()).contains(OrderCard.LATE);
    }

    @Test
    void switchingToEnglishRelabelsTheQueue(FxRobot robot) {
        PlacedOrder order = fx.sell("Вода без газа", 1);
        robot.interact(model::refresh);
        robot.interact(() -> messages.setLocale(Locale.ENGLISH));
        assertThat(text(robot, "#column-pending-title")).isEqualTo("Waiting · 1");
        assertThat(texts(card(robot, "pending", order.orderId()).orElseThrow()))
                .contains("No. " + order.dailyNumber(), "Taken at Бар", "Tap to start preparing");
        assertThat(robot.lookup("#select").queryAs(ToggleButton.class).getText()).isEqualTo("Select several");
    }

    @Test
    void theQueueWindowOpensItsOwnStageThatFollowsOtherTills(FxRobot robot) throws Exception {
        Stage[] window = new Stage[1];
        robot.interact(() -> window[0] = QueueWindow.show(fx.orders, fx.staff, fx.customers, context.events(),
                context.tasks(), messages, fx.loggedIn::get, MANAGER_APPROVES));
        try {
            assertThat(window[0].isShowing()).isTrue();
            assertThat(window[0].getTitle()).isEqualTo("Stoika — очередь заказов");
            assertThat(window[0].getScene().getRoot()).isInstanceOf(QueueView.class);
            PlacedOrder order = fx.sellAtOtherTill("Вода без газа", 1);
            WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> robot.from(window[0].getScene().getRoot())
                    .lookup("#order-" + order.orderId()).tryQuery().isPresent());
        } finally {
            robot.interact(() -> window[0].close());
        }
        assertThat(window[0].isShowing()).isFalse();
    }

    @Test
    void fitsTouchAndBothScreenSizes(FxRobot robot) {
        PlacedOrder order = fx.sell("Вода без газа", 1);
        robot.interact(model::refresh);
        for (double[] size : new double[][] {{1024, 768}, {1920, 1080}}) {
            robot.interact(() -> {
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            OrderCard card = card(robot, "pending", order.orderId()).orElseThrow();
            Label number = robot.lookup("#number-" + order.orderId()).queryAs(Label.class);
            assertThat(number.getFont().getSize()).as("order number readable at arm's length").isGreaterThanOrEqualTo(28);
            assertThat(card.getHeight()).isGreaterThanOrEqualTo(48);
            for (String column : List.of("#column-pending", "#column-preparing", "#column-completed")) {
                assertWithin(robot.lookup(column).query(), size[0]);
                assertThat(robot.lookup(column).query().getBoundsInLocal().getWidth()).as(column)
                        .isGreaterThan(size[0] / 3 - 40);
            }
            for (String id : List.of("#select", "#refresh", "#cancel-" + order.orderId())) {
                Node node = robot.lookup(id).query();
                assertThat(node.getBoundsInParent().getHeight()).as(id + " at " + size[0]).isGreaterThanOrEqualTo(48);
                assertWithin(node, size[0]);
            }
            robot.interact(() -> model.selectingProperty().set(true));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#cancel-" + order.orderId()).query().isVisible())
                    .as("select mode: only the batch buttons cancel").isFalse();
            for (String id : List.of("#select", "#refresh", "#complete-selected", "#cancel-selected")) {
                Node node = robot.lookup(id).query();
                assertThat(node.getBoundsInParent().getHeight()).as(id + " at " + size[0]).isGreaterThanOrEqualTo(48);
                assertWithin(node, size[0]);
            }
            robot.interact(() -> model.selectingProperty().set(false));
        }
    }

    private static void assertWithin(Node node, double width) {
        var bounds = node.localToScene(node.getBoundsInLocal());
        assertThat(bounds.getMinX()).as(node.getId()).isGreaterThanOrEqualTo(0);
        assertThat(bounds.getMaxX()).as(node.getId() + " fits in " + width).isLessThanOrEqualTo(width);
    }
}
