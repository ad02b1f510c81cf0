package dev.weeklysearch.index;

import dev.weeklysearch.extract.Extractor;
import dev.weeklysearch.source.FolderSource;
import dev.weeklysearch.source.PostSink;
import dev.weeklysearch.source.PostSource;
import dev.weeklysearch.source.PostState;
import dev.weeklysearch.source.RawPost;
import dev.weeklysearch.source.SourceException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Child process of {@link ReindexKillTest}: a full reindex whose source delivers posts slowly and
 * says "STARTED" once the writer has taken new documents, so the test can kill it mid-way.
 */
public final class SlowReindexMain {
    private SlowReindexMain() {
    }

    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        PostSource folder = new FolderSource(Path.of(args[1]));
        PostSource slow = new PostSource() {
            @Override
            public void read(Map<String, PostState> known, PostSink sink) throws SourceException {
                folder.read(known, new PostSink() {
                    private int n;

                    @Override
                    public void accept(RawPost post) {
                        sink.accept(post);
                        if (++n == 1) {
                            System.out.println("STARTED");
                            System.out.flush();
                        }
                        sleep();
                    }

                    @Override
                    public void unchanged(String slug) {
                        sink.unchanged(slug);
                    }

                    @Override
                    public void failed(Failure failure) {
                        sink.failed(failure);
                    }
                });
            }

            @Override
            public String describe() {
                return "slow " + folder.describe();
            }
        };
        new Indexer(index, new Extractor()).reindex(List.of(slow), true, ProgressListener.NONE);
        System.out.println("FINISHED");
    }

    private static void sleep() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
