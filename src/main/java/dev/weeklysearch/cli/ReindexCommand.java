package dev.weeklysearch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "reindex", mixinStandardHelpOptions = true, description = "(not built yet)")
final class ReindexCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("reindex: not built yet");
        return 2;
    }
}
