package app.stoika.ops.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Options every subcommand takes. */
public final class CommonOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: the file named by $STOIKA_OPS_CONFIG).")
    Path config;

    @Option(names = "--json", description = "Print JSON for scripts instead of a table.")
    boolean json;
}
