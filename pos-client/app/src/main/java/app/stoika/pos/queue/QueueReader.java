package app.stoika.pos.queue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import app.stoika.pos.customer.CustomerService;
import app.stoika.pos.order.CustomerOrder;
import app.stoika.pos.order.OrderItem;
import app.stoika.pos.order.OrderItemOption;
import app.stoika.pos.order.OrderService;
import app.stoika.pos.order.OrderStatus;
import app.stoika.pos.staff.StaffService;
import app.stoika.pos.staff.Terminal;

/**
 * Reads the queue board through the services: open orders and today's last completed ones with their lines,
 * plus the names of tills and guests (kept once read: they hardly ever change, and the board is re-read on
 * every order change in the café). Runs off the UI thread.
 */
public final class QueueReader {
    /** Guests' names kept; beyond this the cache starts over (a busy day's regulars fit easily). */
    private static final int MAX_CUSTOMER_NAMES = 1_000;

    private final OrderService orders;
    private final StaffService staff;
    private final CustomerService customers;
    private final Map<Long, String> tills = new ConcurrentHashMap<>();
    private final Map<Long, Optional<String>> customerNames = new ConcurrentHashMap<>();

    public QueueReader(OrderService orders, StaffService staff, CustomerService customers) {
        this.orders = orders;
        this.staff = staff;
        this.customers = customers;
    }

    public QueueBoard read(int completedLimit) {
        // Completed first, then open: orders only move forward, so no order can show up in both lists. One that
        // completes between the two reads is briefly in neither; its own notification triggers the next read.
        List<CustomerOrder> completed = orders.recentlyCompleted(completedLimit);
        List<CustomerOrder> open = orders.queue();
        List<QueueCard> pending = new ArrayList<>();
        List<QueueCard> preparing = new ArrayList<>();
        for (CustomerOrder o : open) {
            (o.status() == OrderStatus.PENDING ? pending : preparing).add(card(o));
        }
        return new QueueBoard(pending, preparing, completed.stream().map(this::card).toList());
    }

    private QueueCard card(CustomerOrder o) {
        List<QueueLine> lines = o.items().stream()
                .filter(i -> i.activeQuantity() > 0)
                .sorted(Comparator.comparingInt(OrderItem::lineNo))
                .map(i -> new QueueLine(i.activeQuantity(), i.productName(),
                        i.options().stream().sorted(Comparator.comparingLong(OrderItemOption::optionId))
                                .map(OrderItemOption::optionName).toList(),
                        i.note()))
                .toList();
        return new QueueCard(o.id(), o.dailyNumber(), o.status(), o.createdAt(), o.statusChangedAt(), lines,
                o.customerId().flatMap(this::customerName), tillName(o.terminalId()));
    }

    private String tillName(long terminalId) {
        String name = tills.get(terminalId);
        if (name == null) {
            for (Terminal t : staff.terminals()) {
                tills.put(t.id(), t.name());
            }
            name = tills.getOrDefault(terminalId, "");
        }
        return name;
    }

    private Optional<String> customerName(long customerId) {
        Optional<String> name = customerNames.get(customerId);
        if (name == null) {
            if (customerNames.size() >= MAX_CUSTOMER_NAMES) {
                customerNames.clear();
            }
            name = customers.find(customerId).map(c -> c.name());
            customerNames.put(customerId, name);
        }
        return name;
    }
}
