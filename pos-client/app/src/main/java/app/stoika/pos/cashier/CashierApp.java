package app.stoika.pos.cashier;

import java.time.Clock;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.util.Duration;

import app.stoika.pos.app.AppContext;
import app.stoika.pos.cashier.approval.ManagerApprovalSheet;
import app.stoika.pos.cashier.customer.CustomerSheet;
import app.stoika.pos.cashier.login.LoginView;
import app.stoika.pos.cashier.pay.PaymentSheet;
import app.stoika.pos.cashier.pay.PaymentViewModel;
import app.stoika.pos.cashier.shift.ShiftView;
import app.stoika.pos.cashier.shift.ShiftViewModel;
import app.stoika.pos.shared.DomainException;
import app.stoika.pos.cashier.login.LoginViewModel;
import app.stoika.pos.cashier.sell.Cart;
import app.stoika.pos.cashier.sell.SellView;
import app.stoika.pos.cashier.sell.SellViewModel;
import app.stoika.pos.catalogview.CatalogView;
import app.stoika.pos.catalogview.CatalogViewModel;
import app.stoika.pos.events.Channel;
import app.stoika.pos.events.ConnectionState;
import app.stoika.pos.queue.QueueReader;
import app.stoika.pos.queue.QueueView;
import app.stoika.pos.queue.QueueViewModel;
import app.stoika.pos.queue.QueueWindow;
import app.stoika.pos.settings.CafeSettings;
import app.stoika.pos.ui.ManagerApproval;
import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.ModalHost;
import app.stoika.pos.ui.Theme;

/**
 * The cashier application inside the window: the lock screen while nobody is logged in, the shell with its
 * screens while someone is. The cart outlives a lock, so a cashier who locks the till mid-order (or hands over
 * to a colleague) finds the order where they left it.
 */
public final class CashierApp {
    /** What the app needs besides the context. */
    public record Options(long terminalId, boolean darkTheme, String receiptPrinter) {
    }

    private final AppContext context;
    private final Messages messages;
    private final Options options;
    private final ModalHost host = new ModalHost();
    private final CashierSession session;
    private final ManagerApproval approval;
    private final SessionEndingTasks tasks;
    private CafeSettings cafe;
    private Cart cart;
    private SellViewModel sell;
    private CatalogViewModel menu;
    private CashierShell shell;
    private LoginViewModel login;
    private boolean dark;
    private ShiftViewModel shift;
    private QueueViewModel queue;
    private final PauseTransition menuRefresh = new PauseTransition(Duration.millis(300));
    private ConnectionState connection = ConnectionState.UP;
    private Printing printing;

    public CashierApp(AppContext context, Options options) {
        this.context = context;
        this.messages = context.messages();
        this.options = options;
        this.dark = options.darkTheme();
        this.session = new CashierSession(options.terminalId());
        this.tasks = new SessionEndingTasks(context.tasks(), this::sessionEnded);
        this.approval = new ManagerApprovalSheet(host, context.staff(), context.auth(), tasks, messages);
        session.currentProperty().addListener((obs, old, now) -> {
            if (queue != null) {
                queue.sessionChanged(); // a locked till moves no orders
            }
            if (now.isPresent()) {
                showShell();
            } else {
                showLogin();
            }
        });
    }

    public Node root() { return host; }
    public ModalHost host() { return host; }
    public CashierSession session() { return session; }

    /**
     * Reads the café's settings, then shows the lock screen. {@code onReady} runs once the first screen is up
     * (the app's start-up timing and screenshots hang on it).
     */
    public void start(Runnable onReady) {
        // The names for the PIN screen load alongside the settings: they are what the cashier waits for.
        login = new LoginViewModel(context.staff(), context.auth(), session, tasks);
        login.load();
        tasks.execute(() -> context.settings().cafe(), settings -> {
            cafe = settings;
            cart = new Cart(settings.currency(), settings.pointValueMinor());
            menu = context.catalogViewModel();
            sell = new SellViewModel(menu, context.catalog(), cart, tasks);
            shift = new ShiftViewModel(context.shifts(), session, approval, tasks);
            queue = new QueueViewModel(new QueueReader(context.orders(), context.staff(), context.customers()),
                    context.orders(), tasks, session::employeeSession, approval, Clock.systemDefaultZone());
            followTheDatabase();
            printing = new Printing(context, cafe, options.receiptPrinter(), messages, this::notice);
            showLogin();
            menu.refresh();
            onReady.run();
        }, e -> {
            host.setScreen(new javafx.scene.control.Label(messages.describe(e)));
            onReady.run();
        });
    }

    public SellViewModel sell() { return sell; }
    public ShiftViewModel shift() { return shift; }
    public Printing printing() { return printing; }

    private void showLogin() {
        LoginView view = new LoginView(login, messages, messages::toggleLanguage);
        host.setScreen(view);
        if (!login.people().isEmpty() || login.failureProperty().get() != null) {
            login.load(); // after a lock (someone may have been hired or left) or a failed first read
        }
        view.requestFocus();
    }

    private void showShell() {
        if (shell == null) {
            shell = new CashierShell(messages, session, this::lock, this::toggleTheme, dark);
            shell.addScreen(new CashierShell.Screen("sell", "nav.sell",
                    () -> new SellView(sell, context.pictures(), messages, host, this::openCustomer, this::openPayment)));
            shell.addScreen(new CashierShell.Screen("queue", "nav.queue", () -> {
                queue.refresh();
                return new QueueView(queue, messages);
            }));
            shell.addMenuAction("open-queue-window", "nav.queue_window", () -> QueueWindow.show(context.orders(),
                    context.staff(), context.customers(), context.events(), tasks, messages,
                    session::employeeSession, approval));
            shell.addMenuAction("reprint-last", "nav.reprint", () -> printing.reprintLastReceipt(this::notice));
            shell.addScreen(new CashierShell.Screen("shift", "nav.shift", () -> new ShiftView(shift, messages, host,
                    cafe.currency(), report -> printing.printShiftReport(report), () -> shell.show("sell"))));
            shell.addMenuScreen(new CashierShell.Screen("stock", "nav.stock", () -> new CatalogView(menu, context.pictures(), messages)));
        }
        host.setScreen(shell);
        shell.show("sell");
        showConnection();
        // A till with no open shift cannot sell: start on the shift screen, where opening it is one tap.
        shift.refresh();
        shift.loadedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (now) {
                    obs.removeListener(this);
                    if (!shift.isOpen()) {
                        shell.show("shift");
                    }
                }
            }
        });
        if (shift.loadedProperty().get() && !shift.isOpen()) {
            shell.show("shift");
        }
    }

    /**
     * Other tills' sales and the back office's changes arrive as database notifications: the menu re-reads
     * availability and prices (at most every 300 ms, however many sales land at once), the queue re-reads
     * orders, and the banner says when the database cannot be reached.
     */
    private void followTheDatabase() {
        var events = context.events();
        menuRefresh.setOnFinished(e -> menu.refresh());
        events.subscribe(Channel.STOCK, e -> Platform.runLater(this::refreshMenuSoon));
        events.subscribe(Channel.CATALOG, e -> Platform.runLater(() -> {
            // The payload names the table; a picture changed (or anything may have, after a lost connection).
            if (e.isResync() || "product_image".equals(e.payload())) {
                context.pictures().forget();
            }
            refreshMenuSoon();
        }));
        events.subscribe(Channel.ORDERS, e -> Platform.runLater(() -> {
            if (e.isResync()) {
                shift.refresh();
            }
        }));
        queue.listenTo(events, Platform::runLater);
        events.onConnectionState(state -> Platform.runLater(() -> {
            connection = state;
            showConnection();
        }));
        messages.localeProperty().addListener((obs, old, now) -> showConnection());
    }

    private void refreshMenuSoon() {
        if (menuRefresh.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            menuRefresh.playFromStart();
        }
    }

    private void showConnection() {
        if (shell != null) {
            shell.setBanner(connection == ConnectionState.DOWN ? messages.get("banner.offline") : null);
        }
    }

    /** A sentence for the cashier that no sheet is waiting for (a shift report printed or not). */
    private void notice(String text) {
        if (shell != null) {
            shell.setNotice(text);
        }
    }

    /** The database ended this employee's session: back to the PIN screen, the cart kept. */
    private void sessionEnded() {
        if (session.current().isPresent()) {
            host.close();
            session.loggedOut();
        }
    }

    private void lock() {
        var current = session.employeeSession();
        session.loggedOut();
        current.ifPresent(s -> tasks.execute(() -> context.auth().logout(s), ended -> { }, e -> { }));
    }

    private void toggleTheme() {
        dark = !dark;
        Theme.applyUserAgent(dark);
    }

    private void openCustomer() {
        CustomerSheet.open(cart, context.customers(), session, tasks, messages, host);
    }

    private void openPayment() {
        if (cart.isEmpty()) {
            return;
        }
        PaymentViewModel payment = new PaymentViewModel(cart, context.orders(), session, cafe, approval, tasks);
        PaymentSheet[] sheet = new PaymentSheet[1];
        sheet[0] = new PaymentSheet(payment, messages, () -> printing.reprintLastReceipt(sheet[0]::setReceiptStatus), () -> {
            if (payment.canLeave()) {
                host.close();
            }
        });
        payment.setOnSold(order -> {
            printing.printReceipt(order, sheet[0]::setReceiptStatus);
            menu.refresh(); // stock went down: the tiles' availability follows
            shift.refresh();
        });
        payment.failureProperty().addListener((obs, old, now) -> {
            if (now instanceof DomainException d && d.messageKey().equals("payment.error.total_mismatch")) {
                menu.refresh(); // a price changed under the cart: show the new prices
            }
        });
        host.show(sheet[0], null);
    }
}
