package dev.weeklysearch.cli;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;

/** The calling thread's CPU time and allocated bytes so far, for the benchmarks' per-query figures. */
final class ThreadMeter {
    private final ThreadMXBean threads = ManagementFactory.getPlatformMXBean(ThreadMXBean.class);
    private final long self = Thread.currentThread().threadId();

    /** CPU nanoseconds of the thread that made this meter (the one that reads it). */
    long cpu() {
        return threads.getCurrentThreadCpuTime();
    }

    long bytes() {
        return threads.getThreadAllocatedBytes(self);
    }
}
