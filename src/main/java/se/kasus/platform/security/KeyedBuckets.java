package se.kasus.platform.security;

import io.github.bucket4j.Bucket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Token buckets by key (an account, a client address), made on first use and bounded in number: when
 * {@link #MAX_BUCKETS} are kept, the full (idle) ones are forgotten, since a full bucket allows nothing a new
 * one would not. In this instance's memory.
 */
public final class KeyedBuckets {

    public static final int MAX_BUCKETS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final long capacity;
    private final Function<String, Bucket> make;

    /** @param capacity the tokens of a full bucket; {@code make} makes one for a key */
    public KeyedBuckets(long capacity, Function<String, Bucket> make) {
        this.capacity = capacity;
        this.make = make;
    }

    public Bucket get(String key) {
        if (buckets.size() >= MAX_BUCKETS && !buckets.containsKey(key)) {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
        }
        return buckets.computeIfAbsent(key, make);
    }

    public void forget(String key) {
        buckets.remove(key);
    }

    public int size() {
        return buckets.size();
    }
}
