package app.stoika.pos.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import app.stoika.db.cluster.LocalCluster;
import app.stoika.db.process.ProcessResult;
import app.stoika.db.process.ProcessRunner;
import app.stoika.db.schema.Migrator;
import app.stoika.pos.order.HibernateOrderRepository;
import app.stoika.pos.order.OrderLine;
import app.stoika.pos.order.OrderService;
import app.stoika.pos.order.PlaceOrder;
import app.stoika.pos.payment.Payment;
import app.stoika.pos.persistence.DatabaseSettings;
import app.stoika.pos.persistence.PosDatabase;
import app.stoika.pos.security.AuthService;
import app.stoika.pos.security.EmployeeSession;
import app.stoika.pos.security.HibernateAuthRepository;
import app.stoika.pos.security.Pin;
import app.stoika.pos.shared.Money;
import app.stoika.pos.shift.HibernateShiftRepository;
import app.stoika.pos.shift.ShiftService;

/**
 * Order placement under load against pgbench on the same durable cluster. Run with
 * {@code ./mvnw -B -Pbenchmark -pl pos-client/core -am verify}. Prints a table; never gates anything.
 *
 * <p>Cases: 3-item orders with one option each (about 6 ingredients per item) from products whose
 * ingredients are picked uniformly, and from products that all share three hot ingredients. References in
 * the same run: pgbench TPC-B, and the same sale as plain SQL (one statement per round trip) run by pgbench.
 */
@Tag("benchmark")
class OrderPlacementBenchmark {
    private static final int[] TERMINALS = {1, 4, 16};
    private static final int RUNS = 3;
    private static final Duration RUN_TIME = Duration.ofSeconds(Long.getLong("bench.seconds", 10));
    private static final Duration WARM_UP = Duration.ofSeconds(3);

    private final ProcessRunner runner = ProcessRunner.local();
    private final List<String> table = new ArrayList<>();

    @Test
    void orderPlacementAgainstPgbench() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "stoika-bench-");
        dir.toFile().setExecutable(true, false);
        LocalCluster cluster = LocalCluster.builder(dir.resolve("cluster"))
                .setting("shared_buffers", "'256MB'")
                .setting("max_connections", "100")
                .build();
        try {
            cluster.start();
            prepare(cluster);
            header(cluster);
            // As the tills connect: the terminal role, one cashier session per terminal.
            try (PosDatabase db = PosDatabase.open(new DatabaseSettings(cluster.jdbcUrl("bench"), "stoika_terminal", null, 16))) {
                OrderService orders = new OrderService(db.transactions(),
                        new HibernateOrderRepository(db.sessionFactory(), Money.RUB));
                AuthService auth = new AuthService(db.transactions(), new HibernateAuthRepository(db.sessionFactory()));
                Catalog catalog = Catalog.load(cluster);
                List<EmployeeSession> sessions = catalog.terminals.stream()
                        .map(t -> auth.loginWithPin(t, catalog.employee, new Pin("1234"))).toList();
                // Every till sells into its open shift, as in the café.
                ShiftService shifts = new ShiftService(db.transactions(),
                        new HibernateShiftRepository(db.sessionFactory(), Money.RUB));
                sessions.forEach(s -> shifts.open(s, Money.rub(500_000)));
                for (String kind : List.of("uniform", "hot")) {
                    for (int n : TERMINALS) {
                        Stats ours = repeat(() -> placeOrders(orders, sessions, catalog, kind, n));
                        Stats plain = repeat(() -> pgbench(cluster, "plain", n, "-f", script("plain-sale-" + kind + ".sql").toString()));
                        Stats tpcb = repeat(() -> pgbench(cluster, "tpcb", n, "-M", "prepared"));
                        row(kind, n, ours, plain, tpcb);
                    }
                }
            }
        } finally {
            cluster.destroy();
            TempFiles.delete(dir);
        }
        String report = String.join("\n", table);
        System.out.println("\n" + report + "\n");
        Files.writeString(Path.of("target", "benchmark-orders.txt"), report + "\n");
    }

    // ---------------------------------------------------------------------------------------------

    private void prepare(LocalCluster cluster) throws Exception {
        for (String db : List.of("bench", "plain", "tpcb")) {
            execute(cluster, "postgres", "create database " + db);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(cluster.jdbcUrl("bench"));
        ds.setUser(cluster.superuser());
        Migrator.migrate(ds);
        long start = System.nanoTime();
        execute(cluster, "bench", resource("bench-catalog.sql"));
        execute(cluster, "plain", resource("plain-sale-setup.sql"));
        runner.runChecked(List.of(cluster.binaries().toolPath("pgbench"), "-i", "-s", "20", "-q",
                "-h", cluster.host(), "-p", Integer.toString(cluster.port()), "-U", cluster.superuser(), "tpcb"),
                null, Duration.ofMinutes(5));
        execute(cluster, "postgres", "checkpoint");
        System.out.printf("Benchmark data ready in %.0f s%n", (System.nanoTime() - start) / 1e9);
    }

    private void header(LocalCluster cluster) throws SQLException {
        try (Connection c = cluster.connect("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select version(), current_setting('fsync'), current_setting('synchronous_commit'), "
                     + "current_setting('shared_buffers')")) {
            rs.next();
            table.add("Order placement benchmark — " + rs.getString(1).replaceAll(" on .*", ""));
            table.add("fsync=" + rs.getString(2) + ", synchronous_commit=" + rs.getString(3) + ", shared_buffers="
                    + rs.getString(4) + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                    + RUN_TIME.toSeconds() + " s per run, median of " + RUNS + " runs [min–max]");
            table.add("history: 200,000 earlier orders; 3 lines per order, 1 option per line, ~6 ingredients per line; each sale paid in cash into its till's open shift");
            table.add("");
            table.add(String.format(Locale.ROOT, "%-8s %3s | %-22s %8s %8s | %-22s %8s | %-22s | %7s %7s",
                    "stock", "N", "Stoika orders/s", "p50 ms", "p99 ms", "plain-SQL sale TPS", "p99 ms",
                    "pgbench TPC-B TPS", "÷plain", "÷TPC-B"));
        }
    }

    private void row(String kind, int n, Stats ours, Stats plain, Stats tpcb) {
        String line = String.format(Locale.ROOT, "%-8s %3d | %-22s %8.1f %8.1f | %-22s %8.1f | %-22s | %7.2f %7.2f",
                kind, n, ours.range(), ours.p50(), ours.p99(), plain.range(), plain.p99(), tpcb.range(),
                ours.median() / plain.median(), ours.median() / tpcb.median());
        table.add(line);
        System.out.println(line);
    }

    // ---------------------------------------------------------------------------------------------

    private Run placeOrders(OrderService orders, List<EmployeeSession> sessions, Catalog catalog, String kind, int terminals)
            throws Exception {
        List<Long> products = kind.equals("hot") ? catalog.hot : catalog.uniform;
        ExecutorService pool = Executors.newFixedThreadPool(terminals);
        try {
            CyclicBarrier start = new CyclicBarrier(terminals);
            long warmEnd = System.nanoTime() + WARM_UP.toNanos();
            long end = warmEnd + RUN_TIME.toNanos();
            List<Future<long[]>> futures = new ArrayList<>();
            for (int t = 0; t < terminals; t++) {
                EmployeeSession session = sessions.get(t);
                futures.add(pool.submit(() -> {
                    start.await();
                    long[] latencies = new long[1 << 16];
                    int count = 0;
                    var random = ThreadLocalRandom.current();
                    while (true) {
                        long now = System.nanoTime();
                        if (now >= end) {
                            break;
                        }
                        List<OrderLine> lines = new ArrayList<>(3);
                        long total = 0;
                        for (int i = 0; i < 3; i++) {
                            long product = products.get(random.nextInt(products.size()));
                            long option = catalog.options.get(random.nextInt(catalog.options.size()));
                            lines.add(new OrderLine(product, 1, Set.of(option), null));
                            total += catalog.productPrices.get(product) + catalog.optionDeltas.get(option);
                        }
                        // Paid in cash with a round note, so every sale also records its change.
                        Money due = Money.rub(total);
                        PlaceOrder request = PlaceOrder.of(lines,
                                List.of(Payment.cash(due, Money.rub((total / 100_000 + 1) * 100_000))));
                        long t0 = System.nanoTime();
                        orders.place(session, request);
                        long t1 = System.nanoTime();
                        if (t0 >= warmEnd && count < latencies.length) {
                            latencies[count++] = t1 - t0;
                        }
                    }
                    return Arrays.copyOf(latencies, count);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : futures) {
                all.add(f.get());
            }
            long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Run(merged.length / (double) RUN_TIME.toSeconds(), percentile(merged, 50), percentile(merged, 99));
        } finally {
            pool.shutdownNow();
        }
    }

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LAT = Pattern.compile("latency average = ([0-9.]+) ms");

    private Run pgbench(LocalCluster cluster, String database, int clients, String... extra) {
        List<String> cmd = new ArrayList<>(List.of(cluster.binaries().toolPath("pgbench"),
                "-h", cluster.host(), "-p", Integer.toString(cluster.port()), "-U", cluster.superuser(),
                "-c", Integer.toString(clients), "-j", Integer.toString(Math.min(clients, 2)),
                "-T", Long.toString(RUN_TIME.toSeconds()), "-n", "-r"));
        cmd.addAll(List.of(extra));
        cmd.add(database);
        // A short warm-up with the same settings, as for our own runs.
        List<String> warm = new ArrayList<>(cmd);
        warm.set(warm.indexOf("-T") + 1, Long.toString(WARM_UP.toSeconds()));
        runner.runChecked(warm, null, Duration.ofMinutes(2));
        ProcessResult result = runner.runChecked(cmd, null, Duration.ofMinutes(5));
        Matcher tps = TPS.matcher(result.stdout());
        if (!tps.find()) {
            throw new IllegalStateException("No TPS in pgbench output:\n" + result.stdout());
        }
        Matcher lat = LAT.matcher(result.stdout());
        double avg = lat.find() ? Double.parseDouble(lat.group(1)) : Double.NaN;
        // pgbench prints only the average latency; for the plain-SQL sale a short logged run gives the p99.
        double p99 = database.equals("plain") ? pgbenchP99(cmd) : avg;
        return new Run(Double.parseDouble(tps.group(1)), avg, p99);
    }

    /** Runs pgbench once more with per-transaction logging to compute the p99 latency of the plain-SQL sale. */
    private double pgbenchP99(List<String> cmd) {
        try {
            Path logDir = Files.createTempDirectory("pgbench-log");
            List<String> logged = new ArrayList<>(cmd);
            logged.addAll(logged.size() - 1, List.of("-l", "--log-prefix=" + logDir.resolve("tx")));
            logged.set(logged.indexOf("-T") + 1, "5");
            runner.runChecked(logged, logDir, Duration.ofMinutes(2));
            long[] latenciesMicros;
            try (var files = Files.list(logDir)) {
                latenciesMicros = files.flatMap(f -> {
                    try {
                        return Files.readAllLines(f).stream();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).map(line -> line.split(" ")[2])
                        .filter(field -> field.chars().allMatch(Character::isDigit)) // "failed"/"skipped" lines
                        .mapToLong(Long::parseLong).sorted().toArray();
            }
            TempFiles.delete(logDir);
            return percentile(latenciesMicros, 99) * 1000.0; // percentile() assumes nanoseconds
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------

    private record Run(double perSecond, double p50Ms, double p99Ms) {
    }

    private record Stats(List<Run> runs) {
        private List<Run> sorted() {
            return runs.stream().sorted((a, b) -> Double.compare(a.perSecond, b.perSecond)).toList();
        }

        double median() { return sorted().get(runs.size() / 2).perSecond; }
        double p50() { return sorted().get(runs.size() / 2).p50Ms; }
        double p99() { return sorted().get(runs.size() / 2).p99Ms; }

        String range() {
            List<Run> s = sorted();
            return String.format(Locale.ROOT, "%.0f [%.0f–%.0f]", median(), s.get(0).perSecond, s.get(s.size() - 1).perSecond);
        }
    }

    private interface RunOnce {
        Run run() throws Exception;
    }

    private static Stats repeat(RunOnce once) throws Exception {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            runs.add(once.run());
        }
        return new Stats(runs);
    }

    /** Nanoseconds (or microseconds for pgbench logs) to milliseconds at the given percentile. */
    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** The prices let each sale be paid exactly, as a cashier's screen shows the total. */
    private record Catalog(List<Long> uniform, List<Long> hot, List<Long> options, long employee, List<Long> terminals,
                           java.util.Map<Long, Long> productPrices, java.util.Map<Long, Long> optionDeltas) {
        static Catalog load(LocalCluster cluster) throws SQLException {
            try (Connection c = cluster.connect("bench"); Statement s = c.createStatement()) {
                return new Catalog(ids(s, "select id from pos.product where name like 'u%'"),
                        ids(s, "select id from pos.product where name like 'h%'"),
                        ids(s, "select id from pos.modifier_option"),
                        ids(s, "select min(id) from pos.employee").get(0),
                        ids(s, "select id from pos.terminal order by id"),
                        prices(s, "select id, price_minor from pos.product"),
                        prices(s, "select id, price_delta_minor from pos.modifier_option"));
            }
        }

        private static java.util.Map<Long, Long> prices(Statement s, String sql) throws SQLException {
            java.util.Map<Long, Long> prices = new java.util.HashMap<>();
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    prices.put(rs.getLong(1), rs.getLong(2));
                }
            }
            return prices;
        }

        private static List<Long> ids(Statement s, String sql) throws SQLException {
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    private static void execute(LocalCluster cluster, String database, String sql) throws SQLException {
        try (Connection c = cluster.connect(database); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = OrderPlacementBenchmark.class.getResourceAsStream("/benchmark/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path script(String name) throws IOException {
        Path file = Files.createTempFile("stoika-bench-", ".sql");
        file.toFile().deleteOnExit();
        Files.writeString(file, resource(name));
        return file;
    }

    private static final class TempFiles {
        static void delete(Path root) {
            try (var paths = Files.walk(root)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // temp files; the OS cleans /tmp eventually
            }
        }
    }
}
