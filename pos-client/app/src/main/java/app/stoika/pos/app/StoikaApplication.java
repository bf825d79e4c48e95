package app.stoika.pos.app;

import java.nio.file.Path;
import java.util.List;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.stoika.pos.cashier.CashierApp;
import app.stoika.pos.ui.FxTaskExecutor;
import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.Snapshots;
import app.stoika.pos.ui.Theme;

/** The JavaFX application: opens the window at once, starts the database in the background, then shows the till. */
public final class StoikaApplication extends Application {
    private static final Logger log = LoggerFactory.getLogger(StoikaApplication.class);

    private AppConfig config;
    private FxTaskExecutor tasks;
    private Messages messages;
    private volatile DatabaseBootstrap.Ready database;
    private volatile AppContext context;

    @Override
    public void init() {
        log.info("Start-up: JVM start to init (JavaFX toolkit up) took {} ms", uptime());
        config = ConfigLoader.forThisProcess().load(getParameters().getRaw());
        config.warnings().forEach(log::warn);
        config.source().ifPresent(file -> log.info("Settings from {}", file));
        if (config.embedded()) {
            log.info("Database: built-in PostgreSQL under {}", config.dataDir());
        } else {
            log.info("Database: {} as {}", config.externalDatabase().get().jdbcUrl().replaceAll("\\?.*", ""),
                    config.externalDatabase().get().user());
        }
    }

    @Override
    public void start(Stage stage) {
        long started = System.nanoTime();
        Theme.applyUserAgent(config.darkTheme());
        messages = new Messages(config.language());
        tasks = new FxTaskExecutor(3);
        StartupPane startup = new StartupPane(messages, Platform::exit);
        // 1366×768 where it fits; on a smaller till screen, the whole screen.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(startup, Math.min(1366, screen.getWidth()), Math.min(768, screen.getHeight()));
        Theme.style(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> messages.get("app.title"), messages.localeProperty()));
        stage.setMinWidth(Math.min(1000, screen.getWidth()));
        stage.setMinHeight(Math.min(700, screen.getHeight()));
        stage.setMaximized(screen.getWidth() < 1366 || screen.getHeight() < 768);
        stage.setScene(scene);
        stage.show();
        DatabaseBootstrap.took(log, "window with the start-up screen", started);

        tasks.execute(() -> {
            long t = System.nanoTime();
            DatabaseBootstrap.Ready ready = DatabaseBootstrap.start(config);
            t = DatabaseBootstrap.took(log, "database ready", t);
            database = ready;
            try {
                context = AppContext.open(ready.settings(), tasks, messages);
                DatabaseBootstrap.took(log, "connection pool, Hibernate and services", t);
            } catch (RuntimeException e) {
                throw new StartupException("startup.error.open", List.of(DatabaseBootstrap.safeUrl(ready.settings())),
                        e.getMessage(), e);
            }
            return context;
        }, ctx -> showCashier(scene, ctx), e -> {
            log.error("Start-up failed", e);
            startup.fail(e);
            config.screenshot().ifPresent(file -> screenshotThenExit(scene, file));
        });
    }

    private void showCashier(Scene scene, AppContext ctx) {
        long started = System.nanoTime();
        logWhenNamesAreShown(scene);
        CashierApp app = new CashierApp(ctx, new CashierApp.Options(config.terminalId(), config.darkTheme(),
                config.receiptPrinter()));
        scene.setRoot((javafx.scene.Parent) app.root());
        app.start(() -> {
            DatabaseBootstrap.took(log, "café settings and the login screen", started);
            log.info("Ready to sell after {} ms", uptime());
            config.screenshot().ifPresent(file -> screenshotThenExit(scene, file));
        });
    }

    /**
     * "Ready to sell" is logged as the login screen is built; the names on it come from the database a moment later.
     * This logs when they are laid out, i.e. when a cashier can tap one (the start-up benchmark reads it). It looks
     * for the login screen's name tiles by their style class.
     */
    private static void logWhenNamesAreShown(Scene scene) {
        boolean[] done = {false};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!done[0] && scene.lookup(".person-tile") != null) {
                done[0] = true;
                log.info("Start-up: names on the login screen after {} ms", uptime());
                // Not inside the pulse that is running the listeners.
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Milliseconds since the JVM started. */
    private static long uptime() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    }

    /** Waits for the pictures to arrive, writes the window to a PNG, and quits. */
    private static void screenshotThenExit(Scene scene, Path file) {
        PauseTransition settle = new PauseTransition(Duration.seconds(2));
        settle.setOnFinished(e -> {
            try {
                Snapshots.writePng(scene, file);
                log.info("Screenshot written to {}", file);
            } catch (RuntimeException ex) {
                log.error("Screenshot failed", ex);
            }
            Platform.exit();
        });
        settle.play();
    }

    @Override
    public void stop() {
        AppContext ctx = context;
        if (ctx != null) {
            ctx.close();
        }
        DatabaseBootstrap.Ready db = database;
        if (db != null) {
            db.close();
        }
        if (tasks != null) {
            tasks.close();
        }
    }
}
