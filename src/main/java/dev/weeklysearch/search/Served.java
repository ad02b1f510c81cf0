package dev.weeklysearch.search;

import dev.weeklysearch.search.commit.Commit;
import dev.weeklysearch.search.highlight.Highlights;
import dev.weeklysearch.search.clause.Workspaces;
import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;

/**
 * One commit as the facade serves it: its {@link Commit} context, and what single stages keep per
 * commit, each with one bound (see each type): the highlighter, the scoring workspaces, the
 * answers to repeated requests and, built on first use, the completions. All of it lives and dies
 * with the commit ({@link CommitManager}).
 */
final class Served {
    private final Commit commit;
    private final Highlights highlights;
    private final Workspaces workspaces;
    private final AnswerCache answers;
    private final Object completionsLock = new Object();
    /** Guarded by {@code completionsLock}; bounded by {@link Completions#MAX_PHRASES}. */
    private Completions completions;

    /** @param answers answers kept for repeated requests; 0 keeps none */
    Served(DirectoryReader reader, int answers) throws IOException {
        this.commit = new Commit(reader);
        this.highlights = new Highlights(commit, commit.terms());
        this.workspaces = new Workspaces(reader);
        this.answers = new AnswerCache(answers);
    }

    Commit commit() {
        return commit;
    }

    DirectoryReader reader() {
        return commit.reader();
    }

    Highlights highlights() {
        return highlights;
    }

    Workspaces workspaces() {
        return workspaces;
    }

    AnswerCache answers() {
        return answers;
    }

    /** This commit's completions, built on the first request for them (a few hundred ms over the archive). */
    Completions completions() throws IOException {
        synchronized (completionsLock) {
            if (completions == null) {
                completions = Completions.build(commit.reader(), commit.entries());
            }
            return completions;
        }
    }
}
