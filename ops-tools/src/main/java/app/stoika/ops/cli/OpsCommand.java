package app.stoika.ops.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.BooleanSupplier;

import app.stoika.ops.config.ConfigLoader;
import app.stoika.ops.config.OpsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: holds what every subcommand needs from the outside world (environment, clock, console). */
@Command(name = "ops-tools", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Stoika operations: verified PostgreSQL backups, rotation and restore.",
        subcommands = {BackupCommand.class, RestoreCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the operation failed", "2:wrong command line", "3:missing or bad setting",
                "4:verification failed or restore refused", "5:replacing restore not confirmed"})
public final class OpsCommand implements Runnable {
    final Map<String, String> env;
    final Clock clock;
    final boolean terminal;
    final BooleanSupplier confirm;

    @Spec
    CommandSpec spec;

    // Also accepted before the subcommand (ops-tools --config F backup list); the subcommand's own wins.
    @picocli.CommandLine.Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file for every subcommand (default: $STOIKA_OPS_CONFIG).")
    java.nio.file.Path config;

    OpsCommand(Map<String, String> env, Clock clock, boolean terminal, BooleanSupplier confirm) {
        this.env = env;
        this.clock = clock;
        this.terminal = terminal;
        this.confirm = confirm;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static OpsCommand of(CommandSpec leaf) {
        return (OpsCommand) leaf.root().userObject();
    }

    OpsConfig config(CommonOptions options) {
        return ConfigLoader.load(options.config != null ? options.config : config, env);
    }

    Output output(CommandSpec leaf) {
        boolean colour = terminal && env.get("NO_COLOR") == null && !"dumb".equals(env.get("TERM"));
        return new Output(leaf.commandLine().getOut(), colour, ZoneId.systemDefault());
    }

    PrintWriter err(CommandSpec leaf) {
        return leaf.commandLine().getErr();
    }
}
