package io.qualify.route;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qualify.report.Pages;
import io.qualify.route.Api.Reply;
import io.qualify.text.Digests;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The HTTP API and dashboard on the embedded server (platform-http): {@code POST|GET /api/submissions},
 * {@code GET /api/submissions/{id}}, {@code GET|POST /api/submissions/{id}/decisions}, {@code GET /reports/{id}},
 * {@code POST /reports/{id}/decisions} (the page's form), {@code GET /}. When a token is set, each needs
 * {@code Authorization: Bearer TOKEN}, or, for a browser, the session cookie {@code /login} sets once the
 * token is typed there (HttpOnly, SameSite=Strict, so another site's form cannot use it); health and
 * metrics ({@code /observe/*}) never do.
 */
public final class HttpRoute extends RouteBuilder {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COOKIE = "qualify_session";

    private final Api api;
    private final Optional<String> token;
    private final Pages pages = new Pages();

    public HttpRoute(Api api, Optional<String> token) {
        this.api = api;
        this.token = token;
    }

    @Override
    public void configure() {
        onException(Exception.class).handled(true)
                .process(e -> reply(e, Reply.error(500, e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).toString())));
        from("platform-http:/api/submissions?httpMethodRestrict=GET,POST").routeId("http-submissions")
                .process(e -> answer(e, () -> post(e)
                        ? api.upload(e.getMessage().getBody(byte[].class), name(e)) : api.list(query(e))));
        from("platform-http:/api/submissions/{id}?httpMethodRestrict=GET").routeId("http-verdict")
                .process(e -> answer(e, () -> api.verdict(id(e))));
        from("platform-http:/api/submissions/{id}/decisions?httpMethodRestrict=GET,POST").routeId("http-decisions")
                .process(e -> answer(e, () -> post(e) ? api.decide(id(e), jsonFields(e)) : api.decisions(id(e))));
        from("platform-http:/reports/{id}?httpMethodRestrict=GET").routeId("http-report")
                .process(e -> page(e, () -> api.report(id(e))));
        from("platform-http:/reports/{id}/decisions?httpMethodRestrict=POST").routeId("http-report-decision")
                .process(e -> page(e, () -> api.decideFromPage(id(e), formFields(e))));
        from("platform-http:/login?httpMethodRestrict=GET,POST").routeId("http-login")
                .process(e -> reply(e, post(e) ? login(formFields(e).get("token")) : Reply.html(200, pages.login(""))));
        from("platform-http:/?httpMethodRestrict=GET").routeId("http-dashboard")
                .process(e -> page(e, () -> api.dashboard(query(e))));
    }

    /** The token typed on the login page: right, a session cookie and back to the dashboard; wrong, the page again. */
    private Reply login(String typed) {
        if (token.isEmpty()) {
            return Reply.seeOther("/");
        }
        if (typed == null || !MessageDigest.isEqual(token.get().getBytes(StandardCharsets.UTF_8),
                typed.getBytes(StandardCharsets.UTF_8))) {
            return Reply.html(401, pages.login("That is not the service's token."));
        }
        return Reply.seeOther("/", Map.of("Set-Cookie", COOKIE + "=" + session() + "; Path=/; HttpOnly; SameSite=Strict"));
    }

    /** The cookie's value: derived from the token, so the cookie does not carry the token itself. */
    private String session() {
        return Digests.sha256Hex("qualify-session:" + token.orElseThrow());
    }

    private static boolean post(Exchange e) {
        return "POST".equals(e.getMessage().getHeader(Exchange.HTTP_METHOD, String.class));
    }

    private static String id(Exchange e) {
        return e.getMessage().getHeader("id", String.class);
    }

    private static String query(Exchange e) {
        return e.getMessage().getHeader("q", String.class);
    }

    /** A JSON object's fields as text; empty when the body is no JSON object. */
    private static Map<String, String> jsonFields(Exchange e) {
        try {
            Map<String, Object> fields = JSON.readValue(e.getMessage().getBody(byte[].class), new TypeReference<>() { });
            Map<String, String> text = new LinkedHashMap<>();
            fields.forEach((k, v) -> text.put(k, v == null ? null : v.toString()));
            return text;
        } catch (IOException | RuntimeException ex) {
            return Map.of();
        }
    }

    /** An HTML form's fields ({@code application/x-www-form-urlencoded}), whether the server left them as a body or a map. */
    private static Map<String, String> formFields(Exchange e) {
        Map<String, String> fields = new LinkedHashMap<>();
        Object body = e.getMessage().getBody();
        if (body instanceof Map<?, ?> map) {
            map.forEach((k, v) -> fields.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
            return fields;
        }
        String text = e.getMessage().getBody(String.class);
        if (text != null && !text.isBlank()) {
            for (String pair : text.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                fields.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            return fields;
        }
        for (String key : new String[] {"decision", "code", "reason", "reviewer", "token"}) {
            String value = e.getMessage().getHeader(key, String.class);
            if (value != null) {
                fields.put(key, value);
            }
        }
        return fields;
    }

    /** A page for a browser: without the token it is sent to the login page instead of a bare 401. */
    private void page(Exchange e, Handler handler) throws Exception {
        reply(e, authorised(e) ? handler.handle() : Reply.seeOther("/login"));
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
        answer.headers().forEach(e.getMessage()::setHeader);
        e.getMessage().setBody(answer.body());
    }

    private boolean authorised(Exchange e) {
        if (token.isEmpty()) {
            return true;
        }
        String given = e.getMessage().getHeader("Authorization", String.class);
        byte[] expected = ("Bearer " + token.get()).getBytes(StandardCharsets.UTF_8);
        if (given != null && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        String cookie = cookie(e.getMessage().getHeader("Cookie", String.class));
        return cookie != null && MessageDigest.isEqual(session().getBytes(StandardCharsets.UTF_8),
                cookie.getBytes(StandardCharsets.UTF_8));
    }

    private static String cookie(String header) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String p = part.strip();
            if (p.startsWith(COOKIE + "=")) {
                return p.substring(COOKIE.length() + 1);
            }
        }
        return null;
    }

    /** One endpoint's work. */
    private interface Handler {
        Reply handle() throws Exception;
    }
}
