package app.stoika.pos.cashier;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import app.stoika.pos.ui.Messages;

/**
 * The frame around the cashier's screens once someone is logged in: who is working, the screens (sell, queue,
 * shift, menu and stock) as large tabs, lock, language and theme; a banner under the bar when the database
 * cannot be reached.
 */
public final class CashierShell extends BorderPane {
    /** One screen the shell can show; the node is built on first use. */
    public record Screen(String id, String labelKey, Supplier<Node> view) {
    }

    private final Messages messages;
    private final Label who = new Label();
    private final Label till = new Label();
    private final Label banner = new Label();
    private final Label notice = new Label();
    private final HBox nav = new HBox(6);
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Map<String, Node> built = new LinkedHashMap<>();
    private final Map<String, Screen> screens = new LinkedHashMap<>();
    private int menuCount;
    private final Button lock = new Button();
    private final MenuButton more = new MenuButton("☰");
    private final MenuItem language = new MenuItem();
    private final CheckMenuItem dark = new CheckMenuItem();

    public CashierShell(Messages messages, CashierSession session, Runnable onLock, Runnable onToggleTheme,
                        boolean darkTheme) {
        this.messages = messages;
        setId("shell");
        who.setId("who");
        who.getStyleClass().add("who");
        till.getStyleClass().add("till");
        lock.setId("lock");
        lock.setOnAction(e -> onLock.run());
        // What a cashier needs all day is on the bar; the rest waits behind one large menu button, so the
        // bar stays readable at 1024 px.
        more.setId("more");
        more.getStyleClass().add("nav-button");
        language.setId("language");
        language.setOnAction(e -> messages.toggleLanguage());
        dark.setId("theme");
        dark.setSelected(darkTheme);
        dark.setOnAction(e -> onToggleTheme.run());
        more.getItems().addAll(new SeparatorMenuItem(), language, dark);
        nav.setAlignment(Pos.CENTER_LEFT);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        VBox people = new VBox(0, who, till);
        people.setAlignment(Pos.CENTER_LEFT);
        HBox bar = new HBox(10, nav, grow, people, more, lock);
        bar.getStyleClass().add("top-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        banner.setId("banner");
        banner.getStyleClass().add("connection-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setWrapText(true);
        banner.managedProperty().bind(banner.visibleProperty());
        banner.setVisible(false);
        notice.setId("notice");
        notice.getStyleClass().add("notice-bar");
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setWrapText(true);
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setVisible(false);
        notice.setOnMouseClicked(e -> setNotice(null));
        setTop(new VBox(bar, banner, notice));
        session.currentProperty().addListener((obs, old, now) -> relabel(session));
        messages.localeProperty().addListener((obs, old, now) -> relabel(session));
        relabel(session);
    }

    public void addScreen(Screen screen) {
        screens.put(screen.id(), screen);
        ToggleButton b = new ToggleButton();
        b.setId("nav-" + screen.id());
        b.getStyleClass().add("nav-button");
        b.setUserData(screen);
        b.setToggleGroup(navGroup);
        b.setText(messages.get(screen.labelKey()));
        b.setOnAction(e -> show(screen.id()));
        nav.getChildren().add(b);
    }

    /** An entry of the ☰ menu that does something (open a second window, print again). */
    public void addMenuAction(String id, String labelKey, Runnable action) {
        MenuItem item = new MenuItem(messages.get(labelKey));
        item.setId(id);
        item.setUserData(labelKey);
        item.setOnAction(e -> action.run());
        more.getItems().add(menuCount++, item);
    }

    /** A screen reached from the ☰ menu rather than a tab (the menu and stock). */
    public void addMenuScreen(Screen screen) {
        screens.put(screen.id(), screen);
        MenuItem item = new MenuItem(messages.get(screen.labelKey()));
        item.setId("nav-" + screen.id());
        item.setUserData(screen.labelKey());
        item.setOnAction(e -> show(screen.id()));
        more.getItems().add(menuCount++, item);
    }

    /** Shows a screen (building it on first use) and selects its tab. */
    public void show(String id) {
        Screen screen = screens.get(id);
        Node node = built.computeIfAbsent(id, k -> screen.view().get());
        setCenter(node);
        navGroup.getToggles().forEach(t -> t.setSelected(((Screen) t.getUserData()).id().equals(id)));
    }

    /** A sentence under the top bar (the database is unreachable...); null hides it. */
    public void setBanner(String text) {
        banner.setText(text == null ? "" : text);
        banner.setVisible(text != null);
    }

    /** A passing message under the top bar (a report was printed...); taps hide it. */
    public void setNotice(String text) {
        notice.setText(text == null ? "" : text);
        notice.setVisible(text != null && !text.isEmpty());
    }

    private void relabel(CashierSession session) {
        who.setText(session.current().map(s -> messages.get("shell.who", s.name())).orElse(""));
        till.setText(messages.get("shell.till", session.terminalId()));
        lock.setText(messages.get("shell.lock"));
        language.setText(messages.get("language.switch"));
        dark.setText(messages.get("shell.dark"));
        for (Node n : nav.getChildren()) {
            ToggleButton b = (ToggleButton) n;
            b.setText(messages.get(((Screen) b.getUserData()).labelKey()));
        }
        for (MenuItem item : more.getItems()) {
            if (item.getUserData() instanceof String key) {
                item.setText(messages.get(key));
            }
        }
    }
}
