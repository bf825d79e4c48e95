package app.stoika.pos.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One launch of the client as its own process, timed from just before the process is created until the log says
 * the first screen is up, then stopped. The log is kept beside the benchmark's report for reading.
 */
final class AppProcess {
    static final Pattern STEP = Pattern.compile("Start-up: (.+) took (\\d+) ms");
    static final Pattern READY = Pattern.compile("Ready to sell after (\\d+) ms");
    static final Pattern NAMES = Pattern.compile("Start-up: names on the login screen after (\\d+) ms");

    /**
     * @param toReady wall-clock milliseconds from process creation to the "Ready to sell" line
     * @param toNames the same to the line saying the names on the login screen are laid out
     * @param cpuToNames CPU time (user + system, all threads) the process had used by then, in ms; unlike the wall
     *                   clock it hardly depends on what else the machine is doing
     * @param steps the app's own "Start-up: ... took N ms" lines, plus its uptime figures
     */
    record Run(double toReady, double toNames, double cpuToNames, Map<String, Long> steps) {
    }

    private AppProcess() {
    }

    static Run run(List<String> command, Path log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // Settings come only from the --config file: a builder's own STOIKA_* variables must not leak in.
        builder.environment().keySet().removeIf(k -> k.startsWith("STOIKA_"));
        List<String> lines = new ArrayList<>();
        Map<String, Long> steps = new ConcurrentHashMap<>();
        long[] at = new long[3];
        CountDownLatch up = new CountDownLatch(2);
        long start = System.nanoTime();
        Process process = builder.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    long now = System.nanoTime();
                    synchronized (lines) {
                        lines.add(line);
                    }
                    Matcher names = NAMES.matcher(line);
                    Matcher step = STEP.matcher(line);
                    Matcher ready = READY.matcher(line);
                    if (names.find()) {
                        steps.put("names on the login screen (JVM uptime)", Long.parseLong(names.group(1)));
                        at[2] = cpuMillis(process.pid());
                        at[1] = now;
                        up.countDown();
                    } else if (step.find()) {
                        steps.merge(step.group(1), Long.parseLong(step.group(2)), Long::sum);
                    } else if (ready.find()) {
                        steps.put("Ready to sell (JVM uptime)", Long.parseLong(ready.group(1)));
                        at[0] = now;
                        up.countDown();
                    }
                }
            } catch (IOException e) {
                // the process was stopped
            }
            while (up.getCount() > 0) {
                up.countDown(); // ended before it was ready: let the caller see the log
            }
        }, "app-log");
        reader.setDaemon(true);
        reader.start();
        try {
            boolean ready = up.await(2, TimeUnit.MINUTES);
            if (!ready || at[0] == 0 || at[1] == 0) {
                throw new IllegalStateException("The app did not get to its login screen; its output:\n"
                        + String.join("\n", snapshot(lines)));
            }
            return new Run((at[0] - start) / 1e6, (at[1] - start) / 1e6, at[2], Map.copyOf(steps));
        } finally {
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
            }
            reader.join(5_000);
            Files.write(log, snapshot(lines), StandardCharsets.UTF_8);
        }
    }

    /** utime + stime from /proc/PID/stat (fields 14 and 15, in clock ticks of 10 ms on Linux). */
    private static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static List<String> snapshot(List<String> lines) {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }
}
