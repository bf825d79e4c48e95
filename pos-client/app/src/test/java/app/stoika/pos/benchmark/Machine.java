package app.stoika.pos.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One line about the machine a benchmark ran on, because its figures mean nothing without it. */
final class Machine {
    private Machine() {
    }

    static String describe() {
        String fx = System.getProperty("javafx.runtime.version");
        return "Java " + System.getProperty("java.runtime.version") + (fx == null ? "" : ", JavaFX " + fx) + ", "
                + Runtime.getRuntime().availableProcessors()
                + " cores, " + cpu() + ", load average " + loadAverage();
    }

    /** The 1-minute load average: on a shared builder it says how much the figures were disturbed. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String cpu() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
