package dev.dynamicroutes.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynamicroutes.client.DynamicRoutesClient;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.element.RouteJson;
import dev.dynamicroutes.error.DynamicRoutesException;
import dev.dynamicroutes.graph.DotFormat;
import dev.dynamicroutes.graph.MermaidFormat;
import dev.dynamicroutes.graph.RouteGraph;
import dev.dynamicroutes.pagination.PaginationOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Lists every route of a gateway, across all pages.
 *
 * <pre>
 * export CLOUDFLARE_API_TOKEN=...  CLOUDFLARE_ACCOUNT_ID=...  CLOUDFLARE_GATEWAY_ID=...
 * java -jar examples/target/dynamic-routes-example.jar --format text
 * </pre>
 *
 * Without credentials in the environment it starts {@link SampleServer} on loopback and lists its
 * sample data, saying so on its first line. Failures print one line (status, Cloudflare error,
 * cf-ray) and exit with status 1; {@code --debug} adds the stack trace. Wrong options exit with 2.
 */
public final class ListRoutesExample {

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    ListRoutesExample(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        // the error line and --debug traces carry server text: neutralised line by line (TerminalSafeOutput)
        this.err = TerminalSafeOutput.wrap(err);
    }

    public static void main(String[] args) {
        System.exit(new ListRoutesExample(System.getenv(), System.out, System.err).run(args));
    }

    /** Runs the program; returns the process exit status. */
    int run(String... args) {
        Options options;
        try {
            options = Options.parse(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(Options.USAGE);
            return 2;
        }
        if (options.help()) {
            out.println(Options.USAGE);
            return 0;
        }
        try {
            if (anyCredentialVariableSet()) {
                // the library reads the credentials and reports what is missing or incomplete, exactly as
                // it would in the user's own program; only then are the ids checked
                try (DynamicRoutesClient client = DynamicRoutesClient.builder()
                        .environment(env::get)
                        .fromEnv()
                        .build()) {
                    list(client, required("CLOUDFLARE_ACCOUNT_ID"), required("CLOUDFLARE_GATEWAY_ID"), options);
                }
            } else {
                try (SampleServer sample = new SampleServer()) {
                    // the first line says where the data comes from; in json/mermaid/dot it is a comment-free
                    // note on stderr so that stdout stays a valid document
                    (options.format() == Options.Format.TEXT ? out : err)
                            .println(
                                    "No Cloudflare credentials in the environment: listing sample data from an embedded loopback server at "
                                            + sample.baseUrl());
                    DynamicRoutesClient client = DynamicRoutesClient.builder()
                            .apiToken(SampleServer.TOKEN)
                            .baseUrl(sample.baseUrl())
                            .build();
                    list(client, SampleServer.ACCOUNT_ID, SampleServer.GATEWAY_ID, options);
                }
            }
            return 0;
        } catch (DynamicRoutesException | IllegalArgumentException | IllegalStateException e) {
            err.println("error: " + oneLine(e.getMessage()));
            if (options.debug()) {
                e.printStackTrace(err);
            }
            return 1;
        } catch (IOException e) {
            err.println("error: cannot start the sample server: " + oneLine(e.getMessage()));
            return 1;
        }
    }

    /**
     * Sample data only when the environment holds no credential variable at all: a half-set pair (an
     * email without a key) or a blank token is a mistake to report, not a reason to show sample data.
     */
    private boolean anyCredentialVariableSet() {
        return env.get("CLOUDFLARE_API_TOKEN") != null
                || env.get("CLOUDFLARE_EMAIL") != null
                || env.get("CLOUDFLARE_API_KEY") != null;
    }

    private boolean present(String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }

    private String required(String name) {
        if (!present(name)) {
            throw new IllegalStateException(name + " is not set: set CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_GATEWAY_ID"
                    + " to the gateway whose routes to list");
        }
        return env.get(name);
    }

    private void list(DynamicRoutesClient client, String account, String gateway, Options options) throws IOException {
        Iterator<Route> routes;
        if (options.page() != null) {
            int perPage =
                    options.perPage() == null ? PaginationOptions.defaults().pageSize() : options.perPage();
            List<Route> onePage =
                    client.listRoutes(account, gateway, options.page(), perPage).routes();
            if (onePage.isEmpty()) {
                // an empty page is what the API answers past the last one; saying so beats printing nothing
                // (on stderr outside text, so that stdout stays a valid, empty document)
                (options.format() == Options.Format.TEXT ? out : err)
                        .println(
                                options.page() == 1
                                        ? "The gateway has no routes."
                                        : "Page " + options.page() + " is past the end: no routes on it at " + perPage
                                                + " per page (try a lower --page).");
            }
            routes = onePage.iterator();
        } else {
            PaginationOptions paging = options.perPage() == null
                    ? PaginationOptions.defaults()
                    : PaginationOptions.builder().pageSize(options.perPage()).build();
            routes = client.listRoutesPaginator(account, gateway, paging)
                    .routes()
                    .iterator();
        }
        switch (options.format()) {
            case TEXT -> each(routes, new TextReport(out)::print);
            case MERMAID ->
                each(routes, route -> {
                    // a line break in a name must not end the comment and start a Mermaid statement
                    out.println("%% route " + TerminalSafeOutput.neutralise(route.name()) + " ("
                            + TerminalSafeOutput.neutralise(route.id()) + ")");
                    out.println(MermaidFormat.render(RouteGraph.of(route)));
                });
            case DOT -> each(routes, route -> out.print(DotFormat.render(RouteGraph.of(route))));
            case JSON -> json(routes);
        }
        out.flush();
    }

    private static void each(Iterator<Route> routes, Consumer<Route> action) {
        routes.forEachRemaining(action);
    }

    /** One document {"routes":[...]}, each route as the client re-serialises it (wire names). */
    private void json(Iterator<Route> routes) throws IOException {
        ObjectMapper mapper = RouteJson.newObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode document = mapper.createObjectNode();
        ArrayNode list = document.putArray("routes");
        routes.forEachRemaining(route -> list.add(mapper.valueToTree(route)));
        // non-ASCII characters escaped: the same JSON, and no bidi override or other format character
        // from a route name reaches the terminal raw (control characters Jackson escapes anyway)
        out.println(mapper.writer()
                .with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII)
                .writeValueAsString(document));
    }

    private static String oneLine(String message) {
        return message == null ? "(no message)" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
