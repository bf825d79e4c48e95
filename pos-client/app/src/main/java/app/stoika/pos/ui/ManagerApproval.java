package app.stoika.pos.ui;
import java.util.function.Consumer;
import app.stoika.pos.security.Approval;
import app.stoika.pos.security.EmployeeSession;
import app.stoika.pos.security.Permission;
/** Asks a manager to enter their PIN to allow one action; calls back on the FX thread only when approved. */
@FunctionalInterface
public interface ManagerApproval {
    void request(EmployeeSession session, Permission permission, Consumer<Approval> onApproved);
}
