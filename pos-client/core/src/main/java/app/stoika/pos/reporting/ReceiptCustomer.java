package app.stoika.pos.reporting;

/** The loyalty guest on the order and their points balance after this sale. */
public record ReceiptCustomer(String name, long pointsBalance) {
    public ReceiptCustomer {
        name = Printable.required("customer name", name);
    }
}
