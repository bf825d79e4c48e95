package app.stoika.pos.cashier.sell;

import java.util.function.Consumer;
import java.util.function.LongSupplier;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tells a barcode scanner from a person. A scanner is a keyboard that types a whole code within a few
 * milliseconds per character and ends with Enter; a person types ten times slower. Installed as an event
 * filter on the screen: characters typed at scanner speed are collected; on Enter, a collected code goes to
 * {@code onCode}, and whatever the scanner typed into a focused text field (the search box) is taken out again,
 * so a scan never leaves a search behind.
 */
public final class BarcodeScannerInput {
    /** A scanner's characters arrive closer together than this; people type much slower. */
    static final long MAX_GAP_NANOS = 60_000_000L;
    static final int MIN_LENGTH = 4;

    private final Consumer<String> onCode;
    private final LongSupplier clock;
    private final StringBuilder buffer = new StringBuilder();
    private long lastKeyAt;
    private TextInputControl typedInto;
    private int typedFrom;

    public BarcodeScannerInput(Consumer<String> onCode) {
        this(onCode, System::nanoTime);
    }

    BarcodeScannerInput(Consumer<String> onCode, LongSupplier clock) {
        this.onCode = onCode;
        this.clock = clock;
    }

    public void install(Node root) {
        root.addEventFilter(KeyEvent.KEY_TYPED, typed());
        root.addEventFilter(KeyEvent.KEY_PRESSED, enter());
    }

    private EventHandler<KeyEvent> typed() {
        return e -> {
            String ch = e.getCharacter();
            if (ch == null || ch.length() != 1 || !isCodeChar(ch.charAt(0))) {
                return;
            }
            long now = clock.getAsLong();
            if (buffer.isEmpty() || now - lastKeyAt > MAX_GAP_NANOS) {
                buffer.setLength(0);
                typedInto = null;
                if (e.getTarget() instanceof TextInputControl field) {
                    typedInto = field;
                    typedFrom = field.getCaretPosition();
                }
            }
            buffer.append(ch.charAt(0));
            lastKeyAt = now;
        };
    }

    private EventHandler<KeyEvent> enter() {
        return e -> {
            if (e.getCode() != KeyCode.ENTER) {
                return;
            }
            boolean fast = clock.getAsLong() - lastKeyAt <= MAX_GAP_NANOS;
            if (buffer.length() >= MIN_LENGTH && fast) {
                String code = buffer.toString();
                removeFromField(code);
                buffer.setLength(0);
                e.consume();
                onCode.accept(code);
            } else {
                buffer.setLength(0);
            }
        };
    }

    private void removeFromField(String code) {
        if (typedInto == null) {
            return;
        }
        String text = typedInto.getText();
        int end = typedFrom + code.length();
        if (typedFrom >= 0 && end <= text.length() && text.substring(typedFrom, end).equals(code)) {
            typedInto.setText(text.substring(0, typedFrom) + text.substring(end));
            typedInto.positionCaret(typedFrom);
        }
        typedInto = null;
    }

    private static boolean isCodeChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-');
    }
}
