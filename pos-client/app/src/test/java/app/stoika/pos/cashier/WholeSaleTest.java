package app.stoika.pos.cashier;

import static app.stoika.pos.cashier.CashierFixture.tile;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.app.AppContext;
import app.stoika.pos.order.CustomerOrder;
import app.stoika.pos.order.OrderStatus;
import app.stoika.pos.payment.PaymentMethod;
import app.stoika.pos.payment.StoredPayment;
import app.stoika.pos.shared.Money;
import app.stoika.pos.ui.Messages;

/**
 * One whole sale as a cashier makes it: PIN login, open the shift, tap a bubble tea with a topping and two
 * cookies, pay cash with a 1000 ₽ note, get the change and the receipt. Then the database rows and the receipt
 * PDF's text are checked.
 */
@DatabaseTest(demoData = true)
@ExtendWith(ApplicationExtension.class)
class WholeSaleTest {
    @TempDir
    static Path receipts;
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
        app = CashierFixture.app(context, receipts);
        CashierFixture.show(stage, app, 1366, 768);
    }

    @Test
    void fromLoginToTheReceipt(FxRobot robot) throws IOException {
        CashierFixture.logIn(robot, CashierFixture.CASHIER, CashierFixture.CASHIER_PIN);
        assertThat(robot.lookup("#shift").tryQuery()).as("no open shift: the till starts on the shift screen").isPresent();
        CashierFixture.typeAmount(robot, "float", "5000");
        robot.clickOn("#shift-open");
        assertThat(robot.lookup("#sell").tryQuery()).isPresent();

        robot.clickOn("Бабл ти").clickOn(tile(robot, "Классический молочный чай"));
        robot.clickOn(robot.lookup(".option-button").match(n -> ((javafx.scene.control.ToggleButton) n).getText()
                .startsWith("Тапиока")).queryAs(javafx.scene.Node.class));
        robot.clickOn("#modifiers-add");
        robot.clickOn("Закуски").clickOn(tile(robot, "Печенье")).clickOn(tile(robot, "Печенье"));
        // 290 + 50 for the tapioca, 2 × 90 for the cookies
        assertThat(app.sell().cart().total()).isEqualTo(Money.rub(52000));

        robot.clickOn("#pay");
        assertThat(robot.lookup("#payment-confirm").queryButton().isDisabled()).as("nothing tendered yet").isTrue();
        CashierFixture.typeAmount(robot, "key", "1000");
        assertThat(robot.lookup("#payment-change").queryAs(Label.class).getText()).isEqualTo("Сдача 480\u00a0₽");
        robot.clickOn("#payment-confirm");

        assertThat(robot.lookup("#done-number").queryAs(Label.class).getText()).startsWith("Заказ № ");
        assertThat(robot.lookup("#done-change").queryAs(Label.class).getText()).isEqualTo("Сдача: 480\u00a0₽");
        assertThat(app.sell().cart().lines()).as("the cart is empty for the next guest").isEmpty();

        // The database holds the order, its lines and one cash payment with the change, in the open shift.
        long orderId = context.orders().ordersOfDay(java.time.LocalDate.now()).stream()
                .filter(o -> o.status() == OrderStatus.PENDING).findFirst().orElseThrow().id();
        CustomerOrder order = context.orders().find(orderId).orElseThrow();
        assertThat(order.totalMinor()).isEqualTo(52000);
        assertThat(order.items()).extracting(i -> i.productName(), i -> i.quantity())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Классический молочный чай", 1),
                        org.assertj.core.groups.Tuple.tuple("Печенье", 2));
        List<StoredPayment> payments = context.payments().paymentsOf(order.id());
        assertThat(payments).singleElement().satisfies(p -> {
            assertThat(p.method()).isEqualTo(PaymentMethod.CASH);
            assertThat(p.amount()).isEqualTo(Money.rub(52000));
            assertThat(p.tendered()).contains(Money.rub(100000));
            assertThat(p.change()).isEqualTo(Money.rub(48000));
        });
        assertThat(context.shifts().report(app.session().require()).cashSales()).isEqualTo(Money.rub(52000));

        // The receipt was saved as a PDF whose text a guest can read.
        Path pdf = waitForReceipt();
        assertThat(robot.lookup("#done-receipt").queryAs(Label.class).getText()).startsWith("Чек сохранён");
        String text = textOf(pdf);
        assertThat(text).contains("Чайная станция", "№ " + order.dailyNumber(), "Классический молочный чай",
                "Тапиока", "Печенье", "520,00 ₽", "1 000,00 ₽", "Сдача", "480,00 ₽", CashierFixture.CASHIER);
    }

    private static Path waitForReceipt() throws IOException {
        for (int i = 0; i < 100; i++) {
            try (Stream<Path> files = Files.list(receipts)) {
                List<Path> pdfs = files.filter(f -> f.toString().endsWith(".pdf")).toList();
                if (!pdfs.isEmpty()) {
                    return pdfs.get(0);
                }
            }
            WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("no receipt PDF in " + receipts);
    }

    private static String textOf(Path pdf) throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("[ \u00a0\u202f]+", " "); // the extractor spaces glyphs unevenly
        } finally {
            reader.close();
        }
    }
}
