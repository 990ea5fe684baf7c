package org.meetlinks.simulator.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.meetlinks.simulator.http.Json;

/** Counts answered API and OAuth calls by "provider.operation.status". */
public final class RequestStats {

    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();

    /** Counts one answered call. */
    public void count(String provider, String operation, int status) {
        counters.computeIfAbsent(provider + "." + operation + "." + status, k -> new LongAdder())
                .increment();
    }

    /** Counters as a sorted JSON object. */
    public ObjectNode toJson() {
        ObjectNode n = Json.object();
        new TreeMap<>(counters).forEach((k, v) -> n.put(k, v.sum()));
        return n;
    }

    /** Forgets everything. */
    public void clear() {
        counters.clear();
    }
}
