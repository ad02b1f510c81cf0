package dev.weeklysearch.index;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The index writer, opened when the first change needs it: a reindex that finds nothing to do
 * then loads no codec and takes no lock, and costs little more than the JVM's start.
 */
final class LazyWriter implements AutoCloseable {
    private final Directory directory;
    private final Path path;
    private IndexWriter writer;

    LazyWriter(Directory directory, Path path) {
        this.directory = directory;
        this.path = path;
    }

    synchronized IndexWriter get() throws IOException {
        if (writer == null) {
            IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    .setCommitOnClose(false);
            try {
                writer = new IndexWriter(directory, config);
            } catch (LockObtainFailedException e) {
                throw new BusyException(new IndexBusyException("another process is writing the index in " + path
                        + "; wait for it to finish and try again", e));
            }
        }
        return writer;
    }

    synchronized boolean isOpen() {
        return writer != null;
    }

    /** Drops everything not committed; the previous commit stays as it was. */
    synchronized void rollback() throws IOException {
        if (writer != null) {
            writer.rollback();
            writer = null;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }

    /** Carries {@link IndexBusyException} through the sink's threads, which may only throw I/O errors. */
    static final class BusyException extends IOException {
        BusyException(IndexBusyException cause) {
            super(cause.getMessage(), cause);
        }

        IndexBusyException busy() {
            return (IndexBusyException) getCause();
        }
    }
}
