package dev.weeklysearch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "search", mixinStandardHelpOptions = true, description = "(not built yet)")
final class SearchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("search: not built yet");
        return 2;
    }
}
