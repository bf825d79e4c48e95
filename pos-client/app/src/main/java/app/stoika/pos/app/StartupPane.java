package app.stoika.pos.app;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

import app.stoika.pos.shared.DomainException;
import app.stoika.pos.ui.Messages;

/** Shown while the database starts (a first start creates it), and what went wrong if it cannot. */
final class StartupPane extends VBox {
    private final Messages messages;
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label headline = new Label();
    private final Label detail = new Label();
    private final Label technicalDetail = new Label();
    private final Button close = new Button();

    StartupPane(Messages messages, Runnable onClose) {
        super(16);
        this.messages = messages;
        setAlignment(Pos.CENTER);
        setMaxWidth(Double.MAX_VALUE);
        setStyle("-fx-padding: 48;");
        progress.setPrefSize(64, 64);
        headline.setStyle("-fx-font-size: 22px; -fx-font-weight: bold;");
        headline.setWrapText(true);
        detail.setWrapText(true);
        detail.setMaxWidth(760);
        detail.setStyle("-fx-font-size: 16px;");
        technicalDetail.setWrapText(true);
        technicalDetail.setMaxWidth(760);
        technicalDetail.getStyleClass().add("status-text");
        close.setVisible(false);
        close.setOnAction(e -> onClose.run());
        headline.setText(messages.get("startup.database"));
        detail.setText(messages.get("startup.database.detail"));
        close.setText(messages.get("startup.close"));
        getChildren().addAll(progress, headline, detail, technicalDetail, close);
    }

    /** Replaces the progress with a sentence on what failed and what to do. */
    void fail(Throwable e) {
        progress.setVisible(false);
        progress.setManaged(false);
        headline.setText(messages.get("startup.failed"));
        String what;
        if (e instanceof StartupException s) {
            what = messages.get(s.messageKey(), s.arguments().toArray());
        } else if (e instanceof DomainException) {
            what = messages.describe(e);
        } else {
            what = messages.get("startup.error.unknown");
        }
        detail.setText(what);
        String technical = e.getMessage();
        technicalDetail.setText(technical == null || technical.isBlank() ? "" : messages.get("startup.technical", technical));
        close.setVisible(true);
    }
}
