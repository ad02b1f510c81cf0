package dev.weeklysearch.source;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit and cancels the stream past it, so that a huge page
 * costs at most {@code max} bytes of memory. A rejected body is cancelled at once.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<LimitedBody.Result> {

    /** The body, or why there is none ({@code problem} non-null). */
    record Result(byte[] bytes, String problem) {
    }

    private final long max;
    private final String rejection;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private LimitedBody(long max, String rejection) {
        this.max = max;
        this.rejection = rejection;
    }

    static LimitedBody upTo(long max) {
        return new LimitedBody(max, null);
    }

    static LimitedBody rejected(String problem) {
        return new LimitedBody(0, problem);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (rejection != null) {
            s.cancel();
            result.complete(new Result(new byte[0], rejection));
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : buffers) {
            if (out.size() + (long) b.remaining() > max) {
                subscription.cancel();
                result.complete(new Result(new byte[0], "too large"));
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            out.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(new Result(out.toByteArray(), null));
    }

    @Override
    public CompletionStage<Result> getBody() {
        return result;
    }
}
