package dev.weeklysearch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: the only place that wires the packages together and prints. */
@Command(
        name = "indexer",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Search engine for the SOFA Weekly archive: extract entries, build the index, serve search.",
        subcommands = {ExtractCommand.class, ReindexCommand.class, SearchCommand.class, ServeCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
