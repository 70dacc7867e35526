package se.kasus.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Runs the same kind of request from many threads at once, released together, and collects each answer's status.
 * A request that has not answered within the time limit counts as hung (status -1), one that failed in the client
 * as -2: a test can then assert that every answer was a success.
 */
public final class Parallel {

    public static final int HUNG = -1;
    public static final int FAILED = -2;

    private Parallel() {
    }

    /** The status of each of {@code count} requests, in the order of their index; all must be answered within limit. */
    public static List<Integer> statuses(int count, long limitSeconds, IntFunction<Integer> request) {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(threads.submit(() -> {
                    start.await();
                    return request.apply(index);
                }));
            }
            start.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(limitSeconds);
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(status(future, Math.max(0, deadline - System.nanoTime())));
            }
            return statuses;
        } finally {
            threads.shutdownNow();
        }
    }

    private static int status(Future<Integer> future, long nanos) {
        try {
            return future.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return HUNG;
        } catch (ExecutionException e) {
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FAILED;
        }
    }
}
