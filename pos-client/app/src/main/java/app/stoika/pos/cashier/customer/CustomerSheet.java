package app.stoika.pos.cashier.customer;

import java.util.Optional;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import app.stoika.pos.cashier.CashierSession;
import app.stoika.pos.cashier.sell.Cart;
import app.stoika.pos.customer.Customer;
import app.stoika.pos.customer.CustomerService;
import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.ModalHost;
import app.stoika.pos.ui.MoneyText;
import app.stoika.pos.ui.TaskExecutor;
import app.stoika.pos.shared.Money;

/**
 * The guest on this order: find them by phone, attach them (they earn points when the order completes),
 * redeem points as a discount, or register a new guest on the spot when the phone is unknown.
 */
public final class CustomerSheet extends VBox {
    private final Cart cart;
    private final CustomerService customers;
    private final CashierSession session;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final ModalHost host;

    private final TextField phone = new TextField();
    private final TextField name = new TextField();
    private final Label status = new Label();
    private final VBox found = new VBox(8);
    private final VBox register = new VBox(8);
    private final VBox attached = new VBox(8);
    private final Label points = new Label();

    public CustomerSheet(Cart cart, CustomerService customers, CashierSession session, TaskExecutor tasks,
                         Messages messages, ModalHost host) {
        this.cart = cart;
        this.customers = customers;
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.host = host;
        setId("customer-sheet");
        setSpacing(12);
        setPrefWidth(560);

        Label title = new Label(messages.get("customer.title"));
        title.getStyleClass().add("sheet-title");
        phone.setId("customer-phone");
        phone.setPromptText(messages.get("customer.phone.prompt"));
        phone.setOnAction(e -> find());
        HBox.setHgrow(phone, Priority.ALWAYS);
        Button findButton = new Button(messages.get("customer.find"));
        findButton.setId("customer-find");
        findButton.getStyleClass().add("accent");
        findButton.setOnAction(e -> find());
        HBox search = new HBox(8, phone, findButton);

        status.setId("customer-status");
        status.setWrapText(true);
        status.getStyleClass().add("error-text");
        status.managedProperty().bind(status.visibleProperty());
        status.setVisible(false);

        for (VBox box : new VBox[] {found, register, attached}) {
            box.managedProperty().bind(box.visibleProperty());
            box.setVisible(false);
        }
        buildRegister();

        Button close = new Button(messages.get("common.close"));
        close.setId("customer-close");
        close.setOnAction(e -> host.close());
        HBox actions = new HBox(close);
        actions.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(title, attached, search, status, found, register, actions);
        cart.customerProperty().get().ifPresent(this::showAttached);
    }

    private void buildRegister() {
        Label hint = new Label(messages.get("customer.register.hint"));
        hint.setWrapText(true);
        name.setId("customer-name");
        name.setPromptText(messages.get("customer.name.prompt"));
        Button create = new Button(messages.get("customer.register"));
        create.setId("customer-register");
        create.getStyleClass().add("accent");
        create.setOnAction(e -> registerNew());
        register.getChildren().addAll(hint, name, create);
    }

    private void find() {
        String typed = phone.getText();
        found.setVisible(false);
        register.setVisible(false);
        showStatus(null);
        tasks.execute(() -> customers.findByPhone(typed), result -> {
            if (result.isPresent()) {
                showFound(result.get());
            } else {
                register.setVisible(true);
                name.requestFocus();
            }
        }, this::showFailure);
    }

    private void showFound(Customer customer) {
        Label who = new Label(messages.get("customer.card", customer.name(), customer.phone().e164(), customer.points()));
        who.getStyleClass().add("customer-card");
        who.setWrapText(true);
        Button attach = new Button(messages.get("customer.attach"));
        attach.setId("customer-attach");
        attach.getStyleClass().add("accent");
        attach.setOnAction(e -> {
            cart.customerProperty().set(Optional.of(customer));
            found.setVisible(false);
            showAttached(customer);
        });
        found.getChildren().setAll(who, attach);
        found.setVisible(true);
    }

    private void registerNew() {
        String typedName = name.getText();
        String typedPhone = phone.getText();
        showStatus(null);
        tasks.execute(() -> customers.register(session.require(), typedName, typedPhone), customer -> {
            register.setVisible(false);
            cart.customerProperty().set(Optional.of(customer));
            showAttached(customer);
        }, this::showFailure);
    }

    private void showAttached(Customer customer) {
        Label who = new Label(messages.get("customer.attached", customer.name(), customer.points()));
        who.setId("customer-attached");
        who.getStyleClass().add("customer-card");
        who.setWrapText(true);
        Button detach = new Button(messages.get("customer.detach"));
        detach.setId("customer-detach");
        detach.setOnAction(e -> {
            cart.customerProperty().set(Optional.empty());
            attached.setVisible(false);
        });
        points.setId("customer-points");
        Button none = pointsButton("customer-points-none", messages.get("customer.points.none"), () -> 0L);
        Button minus = pointsButton("customer-points-minus", "−10", () -> Math.max(0, cart.redeemPointsProperty().get() - 10));
        Button plus = pointsButton("customer-points-plus", "+10",
                () -> Math.min(cart.maxRedeemablePoints(), cart.redeemPointsProperty().get() + 10));
        Button max = pointsButton("customer-points-max", messages.get("customer.points.max"), cart::maxRedeemablePoints);
        HBox redeem = new HBox(8, none, minus, plus, max);
        redeem.setAlignment(Pos.CENTER_LEFT);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(8, who, grow, detach);
        top.setAlignment(Pos.CENTER_LEFT);
        attached.getChildren().setAll(top, points, redeem);
        attached.setVisible(true);
        renderPoints();
    }

    private Button pointsButton(String id, String text, java.util.function.LongSupplier value) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> {
            cart.redeemPointsProperty().set(value.getAsLong());
            renderPoints();
        });
        return b;
    }

    private void renderPoints() {
        long redeem = cart.redeemPointsProperty().get();
        Money worth = cart.discountProperty().get();
        points.setText(messages.get("customer.points.redeem", redeem, MoneyText.format(worth, messages.locale()),
                cart.maxRedeemablePoints()));
    }

    private void showFailure(Throwable e) {
        showStatus(messages.describe(e));
    }

    private void showStatus(String text) {
        status.setText(text == null ? "" : text);
        status.setVisible(text != null);
    }

    /** Opens the sheet for this cart. */
    public static void open(Cart cart, CustomerService customers, CashierSession session, TaskExecutor tasks,
                            Messages messages, ModalHost host) {
        CustomerSheet sheet = new CustomerSheet(cart, customers, session, tasks, messages, host);
        host.show(sheet, () -> { });
        sheet.phone.requestFocus();
    }
}
