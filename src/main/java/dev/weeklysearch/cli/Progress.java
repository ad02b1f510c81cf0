package dev.weeklysearch.cli;

import dev.weeklysearch.index.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on stderr, drawn only when stderr is a terminal. */
final class Progress implements ProgressListener {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final int expected;
    private final long start = System.nanoTime();
    private long lastDraw;

    private Progress(PrintStream out, int expected) {
        this.out = out;
        this.expected = expected;
    }

    /** A bar when on a terminal, else nothing. */
    static ProgressListener forTerminal(int expected) {
        return onTerminal() ? new Progress(System.err, expected) : NONE;
    }

    /**
     * Whether the process talks to a terminal. JDK 22+ may hand out a console even when redirected
     * and tells by {@code Console.isTerminal()}, which does not exist on 21 where null already says it.
     */
    static boolean onTerminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public synchronized void post(String slug, int done) {
        long now = System.nanoTime();
        if (now - lastDraw < 50_000_000L && done != expected) {
            return;
        }
        lastDraw = now;
        double secs = (now - start) / 1e9;
        if (expected > 0) {
            int filled = Math.min(WIDTH, done * WIDTH / expected);
            out.printf(Locale.ROOT, "\r[%s%s] %d/%d posts %.1fs ", "#".repeat(filled), " ".repeat(WIDTH - filled), done,
                    expected, secs);
        } else {
            out.printf(Locale.ROOT, "\r%d posts %.1fs %s", done, secs, slug.length() > 40 ? slug.substring(0, 40) : slug);
        }
        out.flush();
    }

    static void end(ProgressListener p) {
        if (p instanceof Progress bar) {
            bar.out.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            bar.out.flush();
        }
    }
}
