package dev.weeklysearch.insights;

/** A global rate limit: {@code rate} tokens a second, at most {@code capacity} saved up. Thread-safe. */
final class TokenBucket {
    private final double rate;
    private final double capacity;
    private double tokens;
    private long last;

    TokenBucket(double rate, double capacity, long nowNanos) {
        this.rate = rate;
        this.capacity = capacity;
        this.tokens = capacity;
        this.last = nowNanos;
    }

    synchronized boolean take(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - last) / 1e9 * rate);
        last = nowNanos;
        if (tokens < 1) {
            return false;
        }
        tokens--;
        return true;
    }
}
