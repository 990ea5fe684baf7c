package org.meetlinks.simulator.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** Patch semantics of Google's events.patch: objects merge field by field, arrays and scalars replace, null removes. */
public final class JsonMerge {

    private JsonMerge() {}

    /** Merges the patch into the target in place. */
    public static void merge(ObjectNode target, JsonNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode value = f.getValue();
            JsonNode existing = target.get(f.getKey());
            if (value.isNull()) {
                target.remove(f.getKey());
            } else if (value.isObject() && existing instanceof ObjectNode) {
                merge((ObjectNode) existing, value);
            } else {
                target.set(f.getKey(), value.deepCopy());
            }
        }
    }
}
