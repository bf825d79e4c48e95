package app.stoika.ops.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.stoika.db.process.ProcessFailedException;
import app.stoika.ops.command.backup.BackupFailedException;
import app.stoika.ops.config.ConfigException;
import picocli.CommandLine;

/** Entry point of {@code ops-tools}. */
public final class Main {
    private static final Logger log = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        boolean terminal = System.console() != null;
        BooleanSupplier confirm = () -> {
            var console = System.console();
            if (console == null) {
                return false;
            }
            String answer = console.readLine("Type 'yes' to replace the live database: ");
            return answer != null && answer.strip().equalsIgnoreCase("yes");
        };
        int code = run(args, System.out, System.err, System.getenv(), Clock.systemUTC(), terminal, confirm);
        System.exit(code);
    }

    /** Runs one command; tests call this directly. No console: a replacing restore counts as not confirmed. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, Clock clock) {
        return run(args, out, err, env, clock, false, () -> false);
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, Clock clock,
                   boolean terminal, BooleanSupplier confirm) {
        PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
        CommandLine cli = new CommandLine(new OpsCommand(env, clock, terminal, confirm));
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(errWriter);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            int code = exitCode(e);
            log.debug("Command failed", e);
            commandLine.getErr().println("ops-tools: " + message(e));
            commandLine.getErr().flush();
            return code;
        });
        return cli.execute(args);
    }

    private static int exitCode(Exception e) {
        if (e instanceof CommandFailure f) {
            return f.exitCode();
        }
        if (e instanceof ConfigException) {
            return ExitCodes.CONFIG;
        }
        return ExitCodes.FAILED;
    }

    private static String message(Throwable e) {
        if (e instanceof CommandFailure || e instanceof ConfigException || e instanceof BackupFailedException
                || e instanceof ProcessFailedException) {
            return e.getMessage();
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text;
    }
}
