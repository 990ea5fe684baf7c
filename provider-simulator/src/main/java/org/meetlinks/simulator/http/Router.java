package org.meetlinks.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Dispatches requests to handlers by path prefix and turns unexpected exceptions into logged 500 answers. */
public final class Router implements Handler {

    private static final Logger LOG = Logger.getLogger(Router.class.getName());

    private final List<Mount> mounts = new ArrayList<>();

    /** A handler mounted at a path prefix. */
    private record Mount(String prefix, Handler handler) {
    }

    /** Mounts a handler; it receives every request whose path is the prefix or starts with prefix + "/". */
    public Router mount(String prefix, Handler handler) {
        mounts.add(new Mount(prefix, handler));
        return this;
    }

    @Override
    public SimResponse handle(SimRequest request) {
        String path = request.path();
        for (Mount mount : mounts) {
            if (path.equals(mount.prefix()) || path.startsWith(mount.prefix() + "/")) {
                try {
                    return mount.handler().handle(request);
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "Simulator failure on " + request.method() + " " + request.pathAndQuery(), e);
                    ObjectNode body = Json.object();
                    body.put("error", "simulator_failure");
                    body.put("message", String.valueOf(e));
                    return SimResponse.json(500, body);
                }
            }
        }
        ObjectNode body = Json.object();
        body.put("error", "not_found");
        body.put("message", "The provider simulator has no route for " + request.method() + " " + path);
        return SimResponse.json(404, body);
    }
}
