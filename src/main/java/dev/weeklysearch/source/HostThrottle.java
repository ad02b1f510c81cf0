package dev.weeklysearch.source;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Spaces requests to one host by at least a fixed delay, across threads. */
final class HostThrottle {

    private final long delayNanos;
    private final Map<String, Long> nextSlot = new HashMap<>();

    HostThrottle(Duration delay) {
        this.delayNanos = delay.toNanos();
    }

    void await(String host) throws InterruptedException {
        if (delayNanos <= 0) {
            return;
        }
        long wait;
        synchronized (nextSlot) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextSlot.getOrDefault(host, now));
            nextSlot.put(host, slot + delayNanos);
            wait = slot - now;
        }
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
    }
}
