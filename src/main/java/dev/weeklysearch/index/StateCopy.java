package dev.weeklysearch.index;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;

/**
 * A copy of a commit's user data in a plain file beside the index, headed by the name of the
 * commit it copies. The commit stays the truth: a copy that names another commit (a run killed
 * between commit and copy) is ignored. Lucene leaves the file alone: it is no index file name.
 */
final class StateCopy {
    static final String FILE = "weekly-search.state";

    private StateCopy() {
    }

    /** The user data copied from {@code commit}, or null when the copy is missing or of another commit. */
    static Map<String, String> read(Directory dir, String commit) throws IOException {
        Path file = path(dir);
        if (file == null) {
            return null;
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!commit.equals(r.readLine())) {
                return null;
            }
            Map<String, String> data = new HashMap<>();
            for (String line; (line = r.readLine()) != null; ) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    data.put(unescape(line.substring(0, eq)), unescape(line.substring(eq + 1)));
                }
            }
            return data;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Writes the copy of {@code commit}'s user data, atomically. */
    static void write(Directory dir, String commit, Map<String, String> data) throws IOException {
        Path file = path(dir);
        if (file == null) {
            return;
        }
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(commit);
            w.newLine();
            for (Map.Entry<String, String> e : data.entrySet()) {
                w.write(escape(e.getKey()) + "=" + escape(e.getValue()));
                w.newLine();
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path path(Directory dir) {
        Directory d = FilterDirectory.unwrap(dir);
        return d instanceof FSDirectory fs ? fs.getDirectory().resolve(FILE) : null;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("=", "\\e");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 'e' ? '=' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
