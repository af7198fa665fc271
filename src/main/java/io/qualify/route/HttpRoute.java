package io.qualify.route;

import io.qualify.route.Api.Reply;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The HTTP API and dashboard on the embedded server (platform-http): {@code POST|GET /api/submissions},
 * {@code GET /api/submissions/{id}}, {@code GET /reports/{id}}, {@code GET /}. When a token is set,
 * each needs {@code Authorization: Bearer TOKEN}; health and metrics ({@code /observe/*}) never do.
 */
public final class HttpRoute extends RouteBuilder {

    private final Api api;
    private final Optional<String> token;

    public HttpRoute(Api api, Optional<String> token) {
        this.api = api;
        this.token = token;
    }

    @Override
    public void configure() {
        onException(Exception.class).handled(true)
                .process(e -> reply(e, Reply.error(500, e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).toString())));
        from("platform-http:/api/submissions?httpMethodRestrict=GET,POST").routeId("http-submissions")
                .process(e -> answer(e, () -> e.getMessage().getHeader(Exchange.HTTP_METHOD, String.class).equals("POST")
                        ? api.upload(e.getMessage().getBody(byte[].class), name(e)) : api.list()));
        from("platform-http:/api/submissions/{id}?httpMethodRestrict=GET").routeId("http-verdict")
                .process(e -> answer(e, () -> api.verdict(e.getMessage().getHeader("id", String.class))));
        from("platform-http:/reports/{id}?httpMethodRestrict=GET").routeId("http-report")
                .process(e -> answer(e, () -> api.report(e.getMessage().getHeader("id", String.class))));
        from("platform-http:/?httpMethodRestrict=GET").routeId("http-dashboard")
                .process(e -> answer(e, api::dashboard));
    }

    /** The submission's name: header {@code submission}, else query parameter {@code name}. */
    private static String name(Exchange e) {
        String header = e.getMessage().getHeader("submission", String.class);
        return header != null ? header : e.getMessage().getHeader("name", String.class);
    }

    /** Answers with what {@code handler} says, once the bearer token (if one is set) is checked. */
    private void answer(Exchange e, Handler handler) throws Exception {
        reply(e, authorised(e) ? handler.handle() : Reply.error(401, "a bearer token is required"));
    }

    private static void reply(Exchange e, Reply answer) {
        e.getMessage().getHeaders().clear();
        e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, answer.status());
        e.getMessage().setHeader(Exchange.CONTENT_TYPE, answer.contentType());
        if (answer.status() == 401) {
            e.getMessage().setHeader("WWW-Authenticate", "Bearer");
        }
        e.getMessage().setBody(answer.body());
    }

    private boolean authorised(Exchange e) {
        if (token.isEmpty()) {
            return true;
        }
        String given = e.getMessage().getHeader("Authorization", String.class);
        byte[] expected = ("Bearer " + token.get()).getBytes(StandardCharsets.UTF_8);
        return given != null && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
    }

    /** One endpoint's work. */
    private interface Handler {
        Reply handle() throws Exception;
    }
}
