package app.stoika.pos.app;

import java.util.List;

import javafx.application.Application;

/**
 * Entry point for a plain classpath launch ({@code java -cp ... app.stoika.pos.app.Main}): a main class that
 * is not an {@link Application} avoids the JavaFX launcher's module check. Settings are checked here first
 * so a bad one stops start-up with a message naming it, before any window opens.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(ConfigLoader.usage());
            return;
        }
        try {
            ConfigLoader.forThisProcess().load(List.of(args));
        } catch (ConfigException e) {
            System.err.println("stoika-pos: " + e.getMessage());
            System.exit(2);
        }
        Application.launch(StoikaApplication.class, args);
    }
}
