package org.meetlinks.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves one {@link Handler} over the JDK's HTTP server: each exchange becomes a {@link SimRequest}, and the
 * {@link SimResponse} is written after its delay by a scheduler, so a simulated timeout holds no request thread.
 */
public final class HttpServing implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(HttpServing.class.getName());
    private static final int REQUEST_THREADS = 64;
    private static final int DELAY_THREADS = 4;
    private static final int BACKLOG = 256;

    private final HttpServer server;
    private final ExecutorService requests;
    private final ScheduledExecutorService delayed;

    private HttpServing(HttpServer server, ExecutorService requests, ScheduledExecutorService delayed) {
        this.server = server;
        this.requests = requests;
        this.delayed = delayed;
    }

    /** Starts serving on the port (0 = a free one) of the address (null = all interfaces). */
    public static HttpServing start(int port, String bindAddress, Handler handler) {
        InetSocketAddress address =
                bindAddress == null ? new InetSocketAddress(port) : new InetSocketAddress(bindAddress, port);
        HttpServer server;
        try {
            server = HttpServer.create(address, BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException("the provider simulator cannot listen on " + address, e);
        }
        ExecutorService requests = Executors.newFixedThreadPool(REQUEST_THREADS, threads("provider-simulator-http-"));
        ScheduledExecutorService delayed =
                Executors.newScheduledThreadPool(DELAY_THREADS, threads("provider-simulator-delayed-"));
        HttpServing serving = new HttpServing(server, requests, delayed);
        server.createContext("/", exchange -> serving.exchange(exchange, handler));
        server.setExecutor(requests);
        server.start();
        return serving;
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops listening, drops open connections and delayed answers, and ends its threads. */
    @Override
    public void close() {
        server.stop(0);
        delayed.shutdownNow();
        requests.shutdownNow();
    }

    /** Answers one exchange; an exception here makes the JDK server close the connection. */
    private void exchange(HttpExchange exchange, Handler handler) throws IOException {
        SimResponse response = handler.handle(request(exchange));
        if (response.delayMs() <= 0) {
            send(exchange, response);
        } else {
            delayed.schedule(() -> sendLate(exchange, response), response.delayMs(), TimeUnit.MILLISECONDS);
        }
    }

    private static SimRequest request(HttpExchange exchange) throws IOException {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        String url = exchange.getRequestURI().getRawPath() + (rawQuery == null ? "" : "?" + rawQuery);
        byte[] body = exchange.getRequestBody().readAllBytes();
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        return SimRequest.of(
                exchange.getRequestMethod(), url, exchange.getRequestHeaders(), new String(body, charset(contentType)));
    }

    /** The charset a Content-Type names, else UTF-8. */
    private static Charset charset(String contentType) {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String param = part.trim();
                if (param.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    String name = param.substring("charset=".length())
                            .replace("\"", "")
                            .trim();
                    try {
                        return Charset.forName(name);
                    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                        LOG.log(Level.DEBUG, () -> "Unknown request charset '" + name + "', reading the body as UTF-8");
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static void sendLate(HttpExchange exchange, SimResponse response) {
        try {
            send(exchange, response);
        } catch (IOException e) {
            // the client gave up waiting, which is what a simulated timeout is for
            LOG.log(Level.DEBUG, "A delayed answer could not be sent", e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A delayed answer failed", e);
            exchange.close();
        }
    }

    private static void send(HttpExchange exchange, SimResponse response) throws IOException {
        try {
            response.headers().forEach(exchange.getResponseHeaders()::set);
            byte[] body = response.body() == null || exchange.getRequestMethod().equalsIgnoreCase("HEAD")
                    ? new byte[0]
                    : response.body().getBytes(StandardCharsets.UTF_8);
            // -1: no body; 0 would mean a chunked one
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } finally {
            exchange.close();
        }
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
