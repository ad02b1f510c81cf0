package dev.weeklysearch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "extract", mixinStandardHelpOptions = true, description = "(not built yet)")
final class ExtractCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("extract: not built yet");
        return 2;
    }
}
