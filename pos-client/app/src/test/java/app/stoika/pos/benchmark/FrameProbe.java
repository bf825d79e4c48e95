package app.stoika.pos.benchmark;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;

/**
 * Times one interaction on the JavaFX thread, from the first input event until the change is on the screen's
 * next frame, without Toolkit internals:
 *
 * <ol>
 *   <li>{@code handled}: the tap's events (pressed, released, clicked) are dispatched to the node through the
 *       whole chain of its parents' filters and handlers, and the handlers run (model update, cart row
 *       added...);</li>
 *   <li>{@code laidOut}: plus the next pulse's CSS pass and layout pass, from the pulse's start (an
 *       {@link AnimationTimer}, which runs before the scene's CSS pass) to its post-layout listener, where the
 *       result is checked to be there (the cart row, the sheet, the tiles), untimed;</li>
 *   <li>{@code pulse}: the whole of that pulse's work on the FX thread, until a {@code Platform.runLater} queued
 *       by the post-layout listener runs: CSS, layout, syncing the scene graph to the renderer (which first
 *       waits for the previous frame to finish rendering) and handing the frame over;</li>
 *   <li>{@code endToEnd}: from the first event to the end of that pulse, including the idle wait for the 60 Hz
 *       pulse timer, which depends on when in the frame the tap came rather than on the app.</li>
 * </ol>
 * {@code work = handled + pulse} is the FX thread's busy time for the tap. Not covered: the software rasteriser
 * painting the frame on the render thread after the pulse (it runs concurrently with the FX thread).
 *
 * <p>An earlier version ran {@code applyCss()} and {@code layout()} on the scene's root right after the handlers.
 * {@code applyCss()} forces a CSS update of the node it is called on and so of the whole scene (every tile, every
 * control), which a pulse never does: it restyles only the branches marked dirty. That measured the probe more
 * than the app (a JFR profile put four fifths of the FX thread's time in that forced pass).
 */
final class FrameProbe {
    /** Nanoseconds. */
    record Sample(long handled, long laidOut, long pulse, long endToEnd) {
        long work() {
            return handled + pulse;
        }
    }

    private final AnimationTimer pulseStarts = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (pending != null && pulseStart == 0) {
                pulseStart = System.nanoTime();
            }
            stop();
        }
    };
    // FX thread only.
    private CompletableFuture<Sample> pending;
    private long start;
    private long handled;
    private long pulseStart;
    private BooleanSupplier shown;
    private String what;

    private FrameProbe() {
    }

    /** Call on the FX thread. The listener stays for the scene's life (removing it inside a pulse is unsafe). */
    static FrameProbe install(Scene scene) {
        FrameProbe probe = new FrameProbe();
        scene.addPostLayoutPulseListener(probe::postLayout);
        return probe;
    }

    /** Runs {@code action} on the FX thread and times it; fails if {@code shown} is false after the layout. */
    Sample measure(Runnable action, BooleanSupplier shown, String what) {
        CompletableFuture<Sample> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                long t0 = System.nanoTime();
                action.run();
                long t1 = System.nanoTime();
                start = t0;
                handled = t1 - t0;
                pulseStart = 0;
                this.shown = shown;
                this.what = what;
                pending = result;
                pulseStarts.start(); // also asks for the next pulse
                Platform.requestNextPulse();
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(what + ": " + e, e);
        }
    }

    /** Runs untimed work (closing a sheet, clearing the cart) and waits until a pulse has shown it. */
    void settle(Runnable action) {
        measure(action, () -> true, "settle");
    }

    private void postLayout() {
        if (pending == null || pulseStart == 0) {
            return;
        }
        CompletableFuture<Sample> done = pending;
        pending = null;
        long t0 = start;
        long h = handled;
        long p0 = pulseStart;
        long l = h + (System.nanoTime() - p0);
        if (!shown.getAsBoolean()) {
            done.completeExceptionally(new AssertionError("Not on screen after " + what));
            return;
        }
        // Queued now, run once this pulse has finished: the end of the pulse's work on the FX thread.
        Platform.runLater(() -> {
            long end = System.nanoTime();
            done.complete(new Sample(h, l, end - p0, end - t0));
        });
    }

    /** What a finger on a touchscreen (or a mouse) delivers to a node: pressed, released, clicked, at its centre. */
    static void tap(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        Point2D scenePoint = new Point2D(b.getCenterX(), b.getCenterY());
        Point2D screen = node.localToScreen(node.getLayoutBounds().getCenterX(), node.getLayoutBounds().getCenterY());
        double sx = screen == null ? scenePoint.getX() : screen.getX();
        double sy = screen == null ? scenePoint.getY() : screen.getY();
        PickResult pick = new PickResult(node, scenePoint.getX(), scenePoint.getY());
        Event.fireEvent(node, mouse(MouseEvent.MOUSE_PRESSED, scenePoint, sx, sy, true, pick));
        Event.fireEvent(node, mouse(MouseEvent.MOUSE_RELEASED, scenePoint, sx, sy, false, pick));
        Event.fireEvent(node, mouse(MouseEvent.MOUSE_CLICKED, scenePoint, sx, sy, false, pick));
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, Point2D p, double sx, double sy,
                                    boolean primaryDown, PickResult pick) {
        return new MouseEvent(type, p.getX(), p.getY(), sx, sy, MouseButton.PRIMARY, 1,
                false, false, false, false, primaryDown, false, false, false, false, true, pick);
    }
}
