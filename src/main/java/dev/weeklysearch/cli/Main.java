package dev.weeklysearch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: the only place that wires the packages together and prints. */
@Command(
        name = "indexer",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Search engine for the SOFA Weekly archive: extract entries, build the index, serve search.",
        subcommands = {ExtractCommand.class, ReindexCommand.class, SearchCommand.class, ServeCommand.class,
            BenchCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Lucene logs through java.util.logging, once per process, that the Vector API module is not
     * enabled; an executable jar cannot add modules, so the notice is noise on every command.
     * Held in a field: java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger VECTOR_NOTICE =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        VECTOR_NOTICE.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        Home.init();
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
