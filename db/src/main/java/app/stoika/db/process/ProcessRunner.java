package app.stoika.db.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs external programs (initdb, pg_ctl, pg_dump, ...) and captures output, exit code and duration,
 * so that errors can quote what PostgreSQL's tools said. Every external program goes through here.
 *
 * <p>When the JVM runs as root, PostgreSQL's server tools refuse to run; {@link #asUser(String)} makes
 * a runner that wraps each command in {@code runuser -u USER --}.
 */
public final class ProcessRunner {
    private static final Logger log = LoggerFactory.getLogger(ProcessRunner.class);

    private final String osUser;
    private final Map<String, String> environment;

    private ProcessRunner(String osUser, Map<String, String> environment) {
        this.osUser = osUser;
        this.environment = Map.copyOf(environment);
    }

    /** Runs programs as the current OS user. */
    public static ProcessRunner local() {
        return new ProcessRunner(null, Map.of());
    }

    /** Runs programs as another OS user (requires root). A null user means the current one. */
    public ProcessRunner asUser(String user) {
        return new ProcessRunner(user, environment);
    }

    /** Adds environment variables (for example PGPASSWORD) without putting them on the command line. */
    public ProcessRunner withEnvironment(Map<String, String> extra) {
        var merged = new java.util.HashMap<>(environment);
        merged.putAll(extra);
        return new ProcessRunner(osUser, merged);
    }

    public String osUser() {
        return osUser;
    }

    /** Runs the command and returns its result whatever the exit code. */
    public ProcessResult run(List<String> command, Path workingDir, Duration timeout) {
        List<String> full = wrap(command);
        ProcessBuilder pb = new ProcessBuilder(full);
        if (workingDir != null) {
            pb.directory(workingDir.toFile());
        }
        pb.environment().putAll(environment);
        long start = System.nanoTime();
        try {
            Process process = pb.start();
            process.getOutputStream().close();
            var out = drain(process.getInputStream());
            var err = drain(process.getErrorStream());
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
                throw new ProcessFailedException(new ProcessResult(command, -1, out.text(), err.text()
                        + "\n(timed out after " + timeout.toSeconds() + " s)", elapsed(start)));
            }
            ProcessResult result = new ProcessResult(command, process.exitValue(), out.text(), err.text(), elapsed(start));
            log.debug("{} exited {} in {} ms", command.get(0), result.exitCode(), result.duration().toMillis());
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.get(0), e);
        }
    }

    /** Runs the command and throws {@link ProcessFailedException} if it exits non-zero. */
    public ProcessResult runChecked(List<String> command, Path workingDir, Duration timeout) {
        ProcessResult result = run(command, workingDir, timeout);
        if (!result.succeeded()) {
            throw new ProcessFailedException(result);
        }
        return result;
    }

    /** The command as it will be executed, with the runuser prefix when needed. */
    public List<String> wrap(List<String> command) {
        if (osUser == null) {
            return List.copyOf(command);
        }
        List<String> full = new ArrayList<>(List.of("runuser", "-u", osUser, "--"));
        full.addAll(command);
        return full;
    }

    private static Duration elapsed(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Reads a stream on its own thread so a chatty program never blocks on a full pipe. */
    private static Drain drain(InputStream in) {
        Drain d = new Drain(in);
        d.thread.start();
        return d;
    }

    private static final class Drain {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final Thread thread;

        Drain(InputStream in) {
            thread = new Thread(() -> {
                try (in) {
                    in.transferTo(buffer);
                } catch (IOException ignored) {
                    // the process ended; what was read is kept
                }
            }, "process-output");
            thread.setDaemon(true);
        }

        String text() throws InterruptedException {
            thread.join(5_000);
            synchronized (buffer) {
                return buffer.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
