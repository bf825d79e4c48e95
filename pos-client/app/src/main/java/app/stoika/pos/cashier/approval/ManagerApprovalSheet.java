package app.stoika.pos.cashier.approval;

import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import app.stoika.pos.security.Approval;
import app.stoika.pos.security.AuthService;
import app.stoika.pos.security.EmployeeSession;
import app.stoika.pos.security.Permission;
import app.stoika.pos.security.Pin;
import app.stoika.pos.staff.Employee;
import app.stoika.pos.staff.Role;
import app.stoika.pos.staff.StaffService;
import app.stoika.pos.ui.ManagerApproval;
import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.ModalHost;
import app.stoika.pos.ui.PinPad;
import app.stoika.pos.ui.TaskExecutor;

/**
 * A manager walks over, taps their name and enters their PIN on the cashier's screen: the database checks the
 * PIN and issues a one-time approval for exactly this permission, recorded with both names in the audit log.
 */
public final class ManagerApprovalSheet implements ManagerApproval {
    private final ModalHost host;
    private final StaffService staff;
    private final AuthService auth;
    private final TaskExecutor tasks;
    private final Messages messages;

    public ManagerApprovalSheet(ModalHost host, StaffService staff, AuthService auth, TaskExecutor tasks,
                                Messages messages) {
        this.host = host;
        this.staff = staff;
        this.auth = auth;
        this.tasks = tasks;
        this.messages = messages;
    }

    @Override
    public void request(EmployeeSession session, Permission permission, Consumer<Approval> onApproved) {
        tasks.execute(() -> staff.activeEmployees().stream()
                        .filter(e -> e.role() == Role.MANAGER || e.role() == Role.ADMIN).toList(),
                managers -> show(session, permission, managers, onApproved),
                e -> show(session, permission, List.of(), onApproved));
    }

    private void show(EmployeeSession session, Permission permission, List<Employee> managers,
                      Consumer<Approval> onApproved) {
        StringBuilder pin = new StringBuilder();
        Label title = new Label(messages.get("approval.title"));
        title.getStyleClass().add("sheet-title");
        Label what = new Label(messages.get("approval.for", messages.get("permission." + permission.code())));
        what.setWrapText(true);
        Label dots = new Label();
        dots.setId("approval-dots");
        dots.getStyleClass().add("pin-dots");
        Label error = new Label(managers.isEmpty() ? messages.get("approval.no_managers") : "");
        error.setId("approval-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setMaxWidth(360);

        ToggleGroup group = new ToggleGroup();
        FlowPane people = new FlowPane(8, 8);
        people.setPrefWrapLength(360);
        for (Employee manager : managers) {
            ToggleButton tile = new ToggleButton(manager.fullName());
            tile.setId("approver-" + manager.id());
            tile.getStyleClass().add("person-tile");
            tile.setUserData(manager);
            tile.setToggleGroup(group);
            people.getChildren().add(tile);
        }
        if (managers.size() == 1) {
            group.selectToggle(group.getToggles().get(0));
        }

        Runnable submit = () -> {
            if (group.getSelectedToggle() == null) {
                error.setText(messages.get("approval.pick_manager"));
                return;
            }
            if (pin.length() < Pin.MIN) {
                error.setText(messages.get("security.error.bad_pin"));
                return;
            }
            Employee manager = (Employee) group.getSelectedToggle().getUserData();
            Pin typed = new Pin(pin.toString());
            pin.setLength(0);
            dots.setText("");
            error.setText(messages.get("approval.checking"));
            tasks.execute(() -> auth.approve(session, manager.id(), typed, permission), approval -> {
                host.close();
                onApproved.accept(approval);
            }, e -> error.setText(messages.describe(e)));
        };
        PinPad pad = new PinPad("approval", d -> {
            if (pin.length() < Pin.MAX) {
                pin.append(d);
                dots.setText("●".repeat(pin.length()));
            }
        }, () -> {
            if (pin.length() > 0) {
                pin.setLength(pin.length() - 1);
                dots.setText("●".repeat(pin.length()));
            }
        }, submit);

        Button cancel = new Button(messages.get("common.cancel"));
        cancel.setId("approval-cancel");
        cancel.setOnAction(e -> host.close());
        VBox sheet = new VBox(10, title, what, people, dots, pad, error, cancel);
        sheet.setAlignment(Pos.TOP_CENTER);
        sheet.setId("approval-sheet");
        host.show(sheet, () -> { });
    }
}
