package org.meetlinks.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulator's one route table, for the OAuth endpoints, the provider APIs and the control API alike: a method and
 * a path template lead to a handler; a request no route fits goes to the fallback of the area (path prefix) it is in.
 * Unexpected exceptions become logged 500 answers.
 */
public final class Routes implements Handler {

    /** The method of a route that takes every method (the handler answers the wrong ones itself). */
    public static final String ANY_METHOD = "*";

    private static final System.Logger LOG = System.getLogger(Routes.class.getName());

    private final List<Route> routes = new ArrayList<>();
    private final List<Area> areas = new ArrayList<>();

    /** A method and path template with its handler. */
    private record Route(String method, PathTemplate path, Handler handler) {}

    /** A path prefix with the answer to requests under it that no route fits. */
    private record Area(String prefix, Fallback fallback) {}

    /** Answers a request that no route fits. */
    @FunctionalInterface
    public interface Fallback {

        /** Answers; {@code pathKnown} says whether a route has the path, but for other methods. */
        SimResponse answer(SimRequest request, boolean pathKnown);
    }

    /** Adds a route; the handler sees the template's variables as {@link SimRequest#pathParam}. */
    public Routes add(String method, String pathTemplate, Handler handler) {
        routes.add(new Route(method, PathTemplate.of(pathTemplate), handler));
        return this;
    }

    /** Sets the answer for requests at the prefix, or under prefix + "/", that no route fits. */
    public Routes fallback(String prefix, Fallback fallback) {
        areas.add(new Area(prefix, fallback));
        return this;
    }

    @Override
    public SimResponse handle(SimRequest request) {
        try {
            return dispatch(request);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Simulator failure on " + request.method() + " " + request.pathAndQuery(), e);
            ObjectNode body = Json.object();
            body.put("error", "simulator_failure");
            body.put("message", String.valueOf(e));
            return SimResponse.json(500, body);
        }
    }

    private SimResponse dispatch(SimRequest request) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Optional<Map<String, String>> params = route.path().match(request.path());
            if (params.isPresent()) {
                pathKnown = true;
                if (route.method().equals(ANY_METHOD) || route.method().equals(request.method())) {
                    return route.handler().handle(request.withPathParams(params.get()));
                }
            }
        }
        String path = request.path();
        for (Area area : areas) {
            if (path.equals(area.prefix()) || path.startsWith(area.prefix() + "/")) {
                return area.fallback().answer(request, pathKnown);
            }
        }
        ObjectNode body = Json.object();
        body.put("error", "not_found");
        body.put("message", "The provider simulator has no route for " + request.method() + " " + path);
        return SimResponse.json(404, body);
    }
}
