package dev.weeklysearch.search;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.store.Directory;

/**
 * Lucene's {@code SearcherManager}, typed: it hands out {@link Served} commits, so no stage needs
 * to know or cast what kind of searcher it was given. A commit lives while its reader is referenced.
 */
final class CommitManager extends ReferenceManager<Served> {
    private final int answers;

    /** @param answers answers each commit keeps for repeated requests; 0 keeps none */
    CommitManager(Directory directory, int answers) throws IOException {
        this.answers = answers;
        current = open(DirectoryReader.open(directory));
    }

    private Served open(DirectoryReader reader) throws IOException {
        boolean ok = false;
        try {
            Served c = new Served(reader, answers);
            ok = true;
            return c;
        } finally {
            if (!ok) {
                reader.decRef();
            }
        }
    }

    @Override
    protected void decRef(Served reference) throws IOException {
        reference.reader().decRef();
    }

    @Override
    protected Served refreshIfNeeded(Served referenceToRefresh) throws IOException {
        DirectoryReader next = DirectoryReader.openIfChanged(referenceToRefresh.reader());
        return next == null ? null : open(next);
    }

    @Override
    protected boolean tryIncRef(Served reference) {
        return reference.reader().tryIncRef();
    }

    @Override
    protected int getRefCount(Served reference) {
        return reference.reader().getRefCount();
    }
}
