package io.qualify.route;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One {@code java -jar target/qualify.jar run} process for the integration tests, started with the
 * launcher's memory settings and its own data folder, port and node name: its output in {@code <data>.log}; killed with SIGKILL or stopped
 * with SIGTERM; asked over HTTP. Also makes the small submissions the tests send.
 */
final class ServiceProcess implements AutoCloseable {

    /** Where Debian and Ubuntu install jemalloc, which the launcher preloads when present. */
    private static final List<Path> JEMALLOC = List.of(Path.of("/usr/lib/x86_64-linux-gnu/libjemalloc.so.2"),
            Path.of("/usr/lib/aarch64-linux-gnu/libjemalloc.so.2"), Path.of("/usr/lib64/libjemalloc.so.2"));
    
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;
    private final String token;

    private ServiceProcess(Process process, int port, Path log, String token) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.token = token;
    }

    /** Starts {@code run} on {@code data} with one worker, quick inbox polling and {@code env} added. */
    static ServiceProcess start(String node, Path data, Map<String, String> env, String... options) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-jar", Path.of("target/qualify.jar").toAbsolutePath().toString(),
                "run", "--data", data.toString(), "--port", Integer.toString(port)));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Path log = data.resolveSibling(data.getFileName() + ".log");
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(Map.of("OMP_THREAD_LIMIT", "1", "QUALIFY_WORKERS", "1",
                "QUALIFY_SERVICE_POLL_MS", "200", "QUALIFY_SERVICE_SETTLE_MS", "300", "QUALIFY_SERVICE_NODE", node));
        // the memory settings the launcher (./qualify) runs the program with
        builder.environment().putAll(Map.of("MALLOC_ARENA_MAX", "2",
                "MALLOC_CONF", "background_thread:true,dirty_decay_ms:1000,muzzy_decay_ms:0"));
        JEMALLOC.stream().filter(Files::isRegularFile).findFirst()
                .ifPresent(jemalloc -> builder.environment().put("LD_PRELOAD", jemalloc.toString()));
        builder.environment().putAll(env);
        return new ServiceProcess(builder.start(), port, log, env.get("QUALIFY_SERVICE_API_TOKEN"));
    }

    /** Waits until the service answers its health check with UP. */
    ServiceProcess awaitUp(Duration timeout) {
        awaitTrue(timeout, () -> {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited with " + process.exitValue() + ":\n" + log());
            }
            return getWithoutToken("/observe/health").statusCode() == 200;
        }, "service up");
        return this;
    }

    /** GET with the bearer token the process was started with, if any. */
    HttpResponse<String> get(String path) {
        return send(authorised(HttpRequest.newBuilder(uri(path))).GET().build());
    }

    HttpResponse<String> getWithoutToken(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> post(String path, byte[] body, String name) {
        return send(authorised(HttpRequest.newBuilder(uri(path))).header("submission", name)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private HttpRequest.Builder authorised(HttpRequest.Builder request) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /** SIGKILL: the process dies at once, wherever it is. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, then waits up to a minute; answers how long the process took to exit. */
    Duration terminate() throws InterruptedException {
        long started = System.nanoTime();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("no exit within 60 s of SIGTERM:\n" + log());
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** The process's peak resident set so far, in kB (Linux's VmHWM); -1 where it cannot be read. */
    long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill9();
        }
    }

    /** A small submission: one low-resolution licence sample and a form with {@code applicationId}. */
    static byte[] submission(String applicationId) throws IOException {
        Path sample = Path.of("samples/03-clean-old-style-lowres");
        String form = Files.readString(sample.resolve("application.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"applicationId\"\\s*:\\s*\"[^\"]*\"", "\"applicationId\" : \"" + applicationId + "\"");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("file2.jpg"));
            zip.write(Files.readAllBytes(sample.resolve("file2.jpg")));
            zip.putNextEntry(new ZipEntry("application.json"));
            zip.write(form.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** Writes a zip beside the inbox and renames it in, as an operator's copy should. */
    static void drop(Path inbox, String name, byte[] zip) throws IOException {
        Path temp = inbox.resolveSibling(name + ".zip.part");
        try (OutputStream out = Files.newOutputStream(temp)) {
            out.write(zip);
        }
        Files.move(temp, inbox.resolve(name + ".zip"));
    }

    /** Polls {@code condition} until it holds or {@code timeout} passes (no fixed sleeps). */
    static void awaitTrue(Duration timeout, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    /** The service's address, as a browser opens it. */
    String url(String path) {
        return uri(path).toString();
    }

    /** The output the process wrote so far (its log). */
    Path logFile() {
        return log;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Unreachable(request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Unreachable(request);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The answer when nothing listens yet: status 0. */
    private record Unreachable(HttpRequest request) implements HttpResponse<String> {
        public int statusCode() { return 0; }
        public java.util.Optional<HttpResponse<String>> previousResponse() { return java.util.Optional.empty(); }
        public java.net.http.HttpHeaders headers() { return java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true); }
        public String body() { return ""; }
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return java.util.Optional.empty(); }
        public URI uri() { return request.uri(); }
        public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
    }
}
