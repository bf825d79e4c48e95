package app.stoika.pos.catalogview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
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
import app.stoika.pos.persistence.DatabaseSettings;
import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.SameThreadTaskExecutor;
import app.stoika.pos.ui.Theme;

/** The catalog window on the demo café, headless, with database work on the calling thread. */
@DatabaseTest(demoData = true)
@ExtendWith(ApplicationExtension.class)
class CatalogViewTest {
    private static AppContext context;
    private static Messages messages;

    @BeforeAll
    static void database(TestDatabase db) {
        messages = new Messages(Messages.RUSSIAN);
        context = AppContext.open(new DatabaseSettings(db.jdbcUrl(), db.user(), null, 2), new SameThreadTaskExecutor(),
                messages);
    }

    @Start
    void start(Stage stage) {
        Theme.applyUserAgent();
        messages.setLocale(Messages.RUSSIAN);
        CatalogViewModel model = context.catalogViewModel();
        Scene scene = new Scene(new CatalogView(model, context.pictures(), messages), 1366, 768);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        model.refresh();
    }

    @AfterAll
    static void close() {
        context.close();
    }

    private List<ProductTile> tiles(FxRobot robot) {
        FlowPane grid = robot.lookup("#products").queryAs(FlowPane.class);
        return grid.getChildren().stream().map(ProductTile.class::cast).toList();
    }

    private ProductTile tile(FxRobot robot, String name) {
        return tiles(robot).stream().filter(t -> ((ProductItem) t.getUserData()).product().name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " is not shown"));
    }

    private static List<String> texts(Node node) {
        return node.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void showsTheDemoCategoriesAndProductsWithPrices(FxRobot robot) {
        List<String> categories = robot.lookup(".category-button").queryAllAs(ToggleButton.class).stream()
                .map(ToggleButton::getText).toList();
        assertThat(categories).containsExactly("Все товары", "Бабл ти", "Кофе", "Смузи", "Закуски");
        assertThat(tiles(robot)).hasSize(30);
        assertThat(texts(tile(robot, "Классический молочный чай"))).contains("Классический молочный чай", "290\u00a0₽");
        assertThat(texts(tile(robot, "Эспрессо"))).contains("150\u00a0₽");

        robot.clickOn("Кофе");
        assertThat(tiles(robot)).hasSize(8);
        assertThat(robot.lookup("#heading").queryAs(Label.class).getText()).isEqualTo("Кофе · 8");
    }

    @Test
    void aProductThatCannotBeMadeIsGreyedOutWithTheBlockingIngredient(FxRobot robot) {
        ProductTile cheesecake = tile(robot, "Чизкейк");
        assertThat(cheesecake.getStyleClass()).contains(Theme.UNAVAILABLE);
        assertThat(texts(cheesecake)).contains("Нет: Чизкейк");
        ProductTile mangoTea = tile(robot, "Манго зелёный чай");
        assertThat(mangoTea.getStyleClass()).contains(Theme.RUNNING_LOW).doesNotContain(Theme.UNAVAILABLE);
        assertThat(texts(mangoTea)).contains("осталось 6");
        assertThat(tile(robot, "Эспрессо").getStyleClass()).doesNotContain(Theme.UNAVAILABLE, Theme.RUNNING_LOW);
        assertThat(texts(robot.lookup("#low-stock").query())).anyMatch(t -> t.startsWith("Чизкейк: осталось 1 шт"));
    }

    @Test
    void searchNarrowsTheList(FxRobot robot) {
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        robot.interact(() -> search.setText("тапиока"));
        List<String> names = tiles(robot).stream().map(t -> ((ProductItem) t.getUserData()).product().name()).toList();
        assertThat(names).contains("Матча латте с тапиокой", "Классический молочный чай").doesNotContain("Эспрессо");
        assertThat(names.size()).isLessThan(30);

        robot.interact(() -> search.setText("'; drop table pos.product; --"));
        assertThat(robot.lookup("#empty").queryAs(Label.class).isVisible()).isTrue();

        robot.clickOn("#clear-search");
        assertThat(search.getText()).isEmpty();
        assertThat(tiles(robot)).hasSize(30);

        robot.interact(() -> search.setText("латте"));
        assertThat(tiles(robot)).hasSizeLessThan(30);
        robot.clickOn(search).type(KeyCode.ESCAPE);
        assertThat(search.getText()).isEmpty();
        assertThat(tiles(robot)).hasSize(30);
    }

    @Test
    void switchingToEnglishChangesTheLabels(FxRobot robot) {
        Button language = robot.lookup("#language").queryAs(Button.class);
        assertThat(language.getText()).isEqualTo("English");
        assertThat(robot.lookup("#refresh").queryAs(Button.class).getText()).isEqualTo("Обновить");
        robot.clickOn(language);
        assertThat(language.getText()).isEqualTo("Русский");
        assertThat(robot.lookup("#refresh").queryAs(Button.class).getText()).isEqualTo("Refresh");
        assertThat(robot.lookup("#category-all").queryAs(ToggleButton.class).getText()).isEqualTo("All products");
        assertThat(texts(tile(robot, "Чизкейк"))).contains("Out of: Чизкейк");
        assertThat(texts(tile(robot, "Манго зелёный чай"))).contains("only 6 left");
        assertThat(texts(robot.lookup("#low-stock").query())).contains("Running low");
    }

    @Test
    void touchTargetsAreAtLeast48Pixels(FxRobot robot) {
        for (String id : List.of("#search", "#refresh", "#language", "#category-all")) {
            Node node = robot.lookup(id).query();
            assertThat(node.getBoundsInParent().getHeight()).as(id).isGreaterThanOrEqualTo(48);
        }
        assertThat(tile(robot, "Эспрессо").getBoundsInParent().getHeight()).isGreaterThan(150);
    }
}
