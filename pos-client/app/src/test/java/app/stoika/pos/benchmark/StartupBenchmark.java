package app.stoika.pos.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;

/**
 * Issue 4's start-up budget: from process start to a usable sell screen in under 3 s, with the database already
 * running. Launches the real client ({@code java -cp <runtime classpath> app.stoika.pos.app.Main --config FILE})
 * against this class's demo database, under the same headless Monocle settings as the UI tests, and waits for its
 * log: "Ready to sell" (the login screen is built) and the names laid out on it (a cashier can tap one). Run with
 * {@code ./mvnw -B -Pbenchmark -pl pos-client/app -am verify -Dtest='Startup*'}. Prints a table; never fails on
 * time.
 *
 * <p>Two users: {@code stoika_terminal}, as tills connect (may not change the schema, so Flyway only validates), and
 * the cluster's superuser, as on a single-till install (Flyway migrate, which finds nothing to do). One unreported
 * launch first warms the OS file cache, as a till that has run the app before. Then, as a what-if for the launcher,
 * the terminal again with a class-data (AppCDS) archive of the app's classes ({@code -Dbench.appcds=false} skips it).
 * {@code -Dbench.baselineJar=FILE} adds the terminal case with another build of the app's jar, for before/after.
 */
@Tag("benchmark")
@DatabaseTest(demoData = true)
class StartupBenchmark {
    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    /** The surefire argLine's -D properties (pos-client/app/pom.xml) that the app itself needs to run headless. */
    private static final List<String> HEADLESS = List.of("file.encoding", "prism.order", "glass.platform",
            "monocle.platform", "headless.geometry", "java.awt.headless", "testfx.headless", "testfx.robot");
    /** The app's "Start-up:" steps in order; indented ones are parts of the row above; "|" joins alternatives. */
    private static final List<String> STEPS = List.of(
            "JVM start to init (JavaFX toolkit up)",
            "window with the start-up screen",
            "database ready",
            "  connect, check privileges and the schema version",
            "  Flyway validate|Flyway migrate",
            "connection pool, Hibernate and services",
            "  connection pool",
            "  Hibernate bootstrap and schema validation",
            "  services (reads the currency)",
            "café settings and the login screen");

    private final List<String> table = new ArrayList<>();

    @Test
    void processStartToLoginScreen(TestDatabase db) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "startup-benchmark"));
        Path jar = AppJar.build(Path.of("target", "classes"), dir.resolve("stoika-pos-app.jar"));
        table.add("Start-up benchmark — process start to the login screen with names, database already running "
                + "(demo café on a local PostgreSQL)");
        table.add(Machine.describe());
        table.add("java " + String.join(" ", jvmOptions()) + " -cp <app jar + runtime dependencies + Monocle> "
                + "app.stoika.pos.app.Main --config FILE");
        table.add("ms; " + RUNS + " runs per case after 1 warm-up; the cases take turns, so a busy moment on the machine "
                + "hits them alike");
        Path terminal = config(dir, db, "stoika_terminal");
        Map<String, List<String>> cases = new LinkedHashMap<>();
        cases.put("stoika_terminal", command(jar, terminal, List.of()));
        cases.put("superuser " + db.user(), command(jar, config(dir, db, db.user()), List.of()));
        String baseline = System.getProperty("bench.baselineJar", "");
        if (!baseline.isBlank()) {
            cases.put("stoika_terminal, baseline " + Path.of(baseline).getFileName(),
                    command(Path.of(baseline), terminal, List.of()));
        }
        if (!"false".equals(System.getProperty("bench.appcds"))) {
            appCds(dir, jar, terminal).ifPresent(command -> cases.put("stoika_terminal + AppCDS archive", command));
        }
        measure(dir, cases);
        String report = String.join("\n", table);
        System.out.println("\n" + report + "\n");
        Files.writeString(Path.of("target", "benchmark-startup.txt"), report + "\n");
    }

    private void measure(Path dir, Map<String, List<String>> cases) throws Exception {
        Map<String, List<AppProcess.Run>> runs = new LinkedHashMap<>();
        for (var c : cases.entrySet()) {
            AppProcess.run(c.getValue(), dir.resolve(file(c.getKey()) + "-warm-up.log"));
            runs.put(c.getKey(), new ArrayList<>());
        }
        for (int i = 1; i <= RUNS; i++) {
            for (var c : cases.entrySet()) {
                runs.get(c.getKey()).add(AppProcess.run(c.getValue(), dir.resolve(file(c.getKey()) + "-run-" + i + ".log")));
            }
        }
        report(runs);
    }

    private static String file(String label) {
        return label.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /**
     * What a class-data archive of the app's own classes would give (a launcher option, not something the app can
     * do itself): one run writes it at exit ({@code -XX:ArchiveClassesAtExit}), then the runs map it.
     */
    private Optional<List<String>> appCds(Path dir, Path jar, Path config) throws Exception {
        Path archive = dir.resolve("stoika-pos.jsa");
        Files.deleteIfExists(archive);
        AppProcess.run(command(jar, config, List.of("-XX:ArchiveClassesAtExit=" + archive.toAbsolutePath())),
                dir.resolve("appcds-dump.log"));
        if (!Files.isRegularFile(archive)) {
            table.add("AppCDS: the JVM wrote no archive at exit (see appcds-dump.log); not measured");
            return Optional.empty();
        }
        return Optional.of(command(jar, config, List.of("-XX:SharedArchiveFile=" + archive.toAbsolutePath())));
    }

    private static Path config(Path dir, TestDatabase db, String user) throws Exception {
        Path config = dir.resolve("pos-" + user + ".properties");
        Files.writeString(config, String.join("\n",
                "database.url=" + db.jdbcUrl(),
                "database.user=" + user,
                "ui.language=ru",
                "receipt.printer=pdf:" + dir.toAbsolutePath().resolve("receipts"), ""));
        return config;
    }

    /** Every run of the two headline figures, then the median of each step side by side. */
    private void report(Map<String, List<AppProcess.Run>> runs) {
        runs(runs, "process start → names on the login screen", AppProcess.Run::toNames);
        runs(runs, "process start → \"Ready to sell\"", AppProcess.Run::toReady);
        runs(runs, "CPU time by the names (all threads)", AppProcess.Run::cpuToNames);
        table.add("");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-44s", "median of each step"));
        runs.keySet().forEach(k -> head.append(String.format(Locale.ROOT, " %17s", shortLabel(k))));
        table.add(head.toString());
        for (String step : STEPS) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-44s", step.replace("|", " | ")));
            for (List<AppProcess.Run> r : runs.values()) {
                b.append(String.format(Locale.ROOT, " %17.0f", median(r, run -> Arrays.stream(step.strip().split("\\|"))
                        .filter(run.steps()::containsKey).mapToDouble(run.steps()::get).findFirst().orElse(Double.NaN))));
            }
            table.add(b.toString());
        }
    }

    private void runs(Map<String, List<AppProcess.Run>> runs, String title, ToDoubleFunction<AppProcess.Run> value) {
        table.add("");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-44s", title));
        for (int i = 1; i <= RUNS; i++) {
            head.append(String.format(Locale.ROOT, " %6s", "run " + i));
        }
        table.add(head.append(String.format(Locale.ROOT, " %7s", "median")).toString());
        runs.forEach((label, r) -> {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-44s", "  " + label));
            r.forEach(run -> b.append(String.format(Locale.ROOT, " %6.0f", value.applyAsDouble(run))));
            table.add(b.append(String.format(Locale.ROOT, " %7.0f", median(r, value))).toString());
        });
    }

    private static double median(List<AppProcess.Run> runs, ToDoubleFunction<AppProcess.Run> value) {
        double[] sorted = runs.stream().mapToDouble(value).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static String shortLabel(String label) {
        return label.replace("stoika_terminal", "terminal").replace(" + AppCDS archive", "+AppCDS")
                .replaceAll(", baseline .*", " before");
    }

    // ---------------------------------------------------------------------------------------------

    private static List<String> command(Path jar, Path config, List<String> extraJvmOptions) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions());
        command.addAll(extraJvmOptions);
        command.add("-cp");
        command.add(String.join(java.io.File.pathSeparator, classpath(jar)));
        command.add("app.stoika.pos.app.Main");
        command.add("--config");
        command.add(config.toAbsolutePath().toString());
        return command;
    }

    /**
     * What bin/stoika-pos passes, plus the headless settings the tests run under, plus {@code -Dbench.appJvmOptions}
     * (space-separated; for a profiler or a class-data archive).
     */
    private static List<String> jvmOptions() {
        List<String> options = new ArrayList<>(List.of("--enable-native-access=ALL-UNNAMED"));
        for (String key : HEADLESS) {
            String value = System.getProperty(key);
            if (value != null) {
                options.add("-D" + key + "=" + value);
            }
        }
        String extra = System.getProperty("bench.appJvmOptions", "").strip();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        return options;
    }

    /**
     * The app's jar (as bin/stoika-pos runs it; jars only, so a class-data archive can hold every class) and its
     * runtime dependencies (written by the benchmark profile's dependency:build-classpath), plus the Monocle jar
     * from this test JVM's classpath for the headless screen.
     */
    private static List<String> classpath(Path jar) throws Exception {
        Path file = Path.of("target", "runtime-classpath.txt");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file.toAbsolutePath() + " is missing: run with -Pbenchmark, whose "
                    + "dependency:build-classpath writes it");
        }
        List<String> entries = new ArrayList<>();
        entries.add(jar.toAbsolutePath().toString());
        entries.addAll(Arrays.asList(Files.readString(file).strip().split(java.io.File.pathSeparator)));
        Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> e.contains("openjfx-monocle")).findFirst().ifPresentOrElse(entries::add, () -> {
                    throw new IllegalStateException("openjfx-monocle is not on the test classpath");
                });
        return entries;
    }
}
