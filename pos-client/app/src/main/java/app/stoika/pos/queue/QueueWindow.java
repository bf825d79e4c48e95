package app.stoika.pos.queue;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import app.stoika.pos.customer.CustomerService;
import app.stoika.pos.events.DatabaseEvents;
import app.stoika.pos.order.OrderService;
import app.stoika.pos.security.EmployeeSession;
import app.stoika.pos.staff.StaffService;
import app.stoika.pos.ui.ManagerApproval;
import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.TaskExecutor;
import app.stoika.pos.ui.Theme;

/**
 * The queue in a window of its own, for a second screen at the bar: on a second monitor when there is one
 * (maximised there), else 1024×768 beside the till's window. Closing the window stops its live updates.
 */
public final class QueueWindow {
    private QueueWindow() {
    }

    /**
     * Opens the window and loads the queue. FX thread only. {@code session} is the till's logged-in
     * employee (empty while locked); {@code approval} asks a manager when a cancellation needs one.
     */
    public static Stage show(OrderService orders, StaffService staff, CustomerService customers, DatabaseEvents events,
                             TaskExecutor tasks, Messages messages, Supplier<Optional<EmployeeSession>> session,
                             ManagerApproval approval) {
        QueueViewModel model = new QueueViewModel(new QueueReader(orders, staff, customers), orders, tasks, session,
                approval, Clock.systemDefaultZone());
        return show(model, events, messages);
    }

    /** Opens a window on a view-model built by the caller; the window owns it from now on (and closes it). */
    public static Stage show(QueueViewModel model, DatabaseEvents events, Messages messages) {
        Stage stage = new Stage();
        QueueView view = new QueueView(model, messages);
        Scene scene = new Scene(view, 1024, 768);
        Theme.style(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> messages.get("queue.window.title"),
                messages.localeProperty()));
        stage.setMinWidth(800);
        stage.setMinHeight(600);
        Screen.getScreens().stream().filter(s -> !s.equals(Screen.getPrimary())).findFirst().ifPresent(second -> {
            Rectangle2D area = second.getVisualBounds();
            stage.setX(area.getMinX());
            stage.setY(area.getMinY());
            stage.setWidth(area.getWidth());
            stage.setHeight(area.getHeight());
            stage.setMaximized(true);
        });
        stage.setOnHidden(e -> model.close());
        model.listenTo(events, Platform::runLater);
        stage.show();
        model.refresh();
        return stage;
    }
}
