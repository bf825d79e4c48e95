package app.stoika.pos.cashier.login;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.PinPad;

/**
 * The lock screen: employees as large name tiles on the left, a PIN pad on the right. A hardware keyboard
 * works too (digits, Backspace, Enter).
 */
public final class LoginView extends BorderPane {
    private final LoginViewModel model;
    private final Messages messages;
    private final FlowPane peopleBox = new FlowPane();
    private final ToggleGroup peopleGroup = new ToggleGroup();
    private final Label dots = new Label();
    private final Label hint = new Label();
    private final Label error = new Label();

    public LoginView(LoginViewModel model, Messages messages, Runnable toggleLanguage) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("login-screen");
        setId("login");

        Label title = new Label();
        title.getStyleClass().add("app-title");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button language = new Button();
        language.setId("language");
        language.setOnAction(e -> toggleLanguage.run());
        HBox top = new HBox(title, grow, language);
        top.getStyleClass().add("top-bar");
        setTop(top);

        Label choose = new Label();
        choose.getStyleClass().add("panel-title");
        peopleBox.setId("people");
        peopleBox.getStyleClass().add("people-grid");
        ScrollPane peopleScroll = new ScrollPane(peopleBox);
        peopleScroll.setFitToWidth(true);
        VBox left = new VBox(choose, peopleScroll);
        left.getStyleClass().add("login-people");
        VBox.setVgrow(peopleScroll, Priority.ALWAYS);
        setCenter(left);

        setRight(pinPad());

        model.people().addListener((javafx.collections.ListChangeListener<LoginViewModel.Person>) c -> showPeople());
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                peopleGroup.selectToggle(null);
            }
            updateHint();
        });
        model.pinProperty().addListener((obs, old, now) -> dots.setText("●".repeat(now.length())));
        model.failureProperty().addListener((obs, old, now) -> error.setText(now == null ? "" : messages.describe(now)));
        messages.localeProperty().addListener((obs, old, now) -> {
            title.setText(messages.get("login.title"));
            choose.setText(messages.get("login.choose"));
            language.setText(messages.get("language.switch"));
            updateHint();
            Throwable failure = model.failureProperty().get();
            error.setText(failure == null ? "" : messages.describe(failure));
        });
        title.setText(messages.get("login.title"));
        choose.setText(messages.get("login.choose"));
        language.setText(messages.get("language.switch"));
        updateHint();

        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        showPeople();
    }

    private VBox pinPad() {
        dots.setId("pin-dots");
        dots.getStyleClass().add("pin-dots");
        hint.setId("pin-hint");
        hint.getStyleClass().add("pin-hint");
        hint.setWrapText(true);
        error.setId("login-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);

        PinPad keys = new PinPad("pin", model::typeDigit, model::erase, model::submit);
        keys.okButton().disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canSubmit(),
                model.pinProperty(), model.selectedProperty(), model.busyProperty()));

        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(32, 32);
        progress.visibleProperty().bind(model.busyProperty());

        VBox pad = new VBox(hint, dots, keys, progress, error);
        pad.getStyleClass().add("login-pad");
        pad.setAlignment(Pos.TOP_CENTER);
        return pad;
    }

    private void showPeople() {
        peopleBox.getChildren().clear();
        for (LoginViewModel.Person person : model.people()) {
            Label name = new Label(person.name());
            name.getStyleClass().add("person-name");
            Label position = new Label(person.position());
            position.getStyleClass().add("person-position");
            ToggleButton tile = new ToggleButton();
            tile.setGraphic(new VBox(4, name, position));
            tile.setId("person-" + person.id());
            tile.getStyleClass().add("person-tile");
            tile.setUserData(person);
            tile.setToggleGroup(peopleGroup);
            tile.setOnAction(e -> model.selectedProperty().set(tile.isSelected() ? person : null));
            peopleBox.getChildren().add(tile);
        }
    }

    private void updateHint() {
        LoginViewModel.Person person = model.selectedProperty().get();
        hint.setText(person == null ? messages.get("login.pick_name") : messages.get("login.enter_pin", person.name()));
    }

    private void onKey(KeyEvent e) {
        String text = e.getText();
        if (e.getCode() == KeyCode.BACK_SPACE) {
            model.erase();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            model.submit();
            e.consume();
        } else if (text != null && text.length() == 1 && Character.isDigit(text.charAt(0))) {
            model.typeDigit(text.charAt(0) - '0');
            e.consume();
        }
    }
}
