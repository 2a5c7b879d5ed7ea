package fr.clausematch.database;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.InetAddress;
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
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The web application in a JVM of its own (this test's class path), on its embedded PostgreSQL in a given
 * folder, called over HTTP as {@code facilitatrice.21}; its output goes to {@code target/forked-application/<run>.log}.
 */
final class ForkedApplication implements AutoCloseable {

    private static final String PASSWORD = "Crash-Recovery-Test-42";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path output;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ForkedApplication(Process process, Path output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    /** Starts the application on {@code dataDirectory}, plans lasting {@code planSeconds}, and waits until it serves. */
    static ForkedApplication start(Path dataDirectory, String run, int planSeconds) throws Exception {
        int port = freePort();
        Path folder = dataDirectory.getParent();
        Path output = Files.createDirectories(Path.of("target", "forked-application")).resolve(run + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "fr.clausematch.ClausematchApplication",
                "--server.port=" + port,
                "--clausematch.embedded-db.data-directory=" + dataDirectory,
                "--clausematch.security.demo.accounts-file=" + folder.resolve("accounts.txt"),
                "--clausematch.security.demo.password=" + PASSWORD,
                "--clausematch.security.argon2.memory-kib=1024", "--clausematch.security.argon2.iterations=1",
                "--clausematch.planning.seconds=" + planSeconds, "--clausematch.retention.scheduled=false",
                "--spring.main.banner-mode=off"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        ForkedApplication application = new ForkedApplication(process, output, port);
        application.awaitStarted();
        return application;
    }

    private void awaitStarted() throws Exception {
        awaitLog("Started ClausematchApplication");
    }

    /** Waits until the application's output holds {@code text}. */
    void awaitLog(String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (!log().contains(text)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("no « " + text + " » from the application:\n" + tail());
            }
            Thread.sleep(250);
        }
    }

    JsonNode get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET(), 200);
    }

    JsonNode post(String path, String json, int expectedStatus) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), expectedStatus);
    }

    private JsonNode send(HttpRequest.Builder request, int expectedStatus) throws Exception {
        String credentials = Base64.getEncoder().encodeToString(("facilitatrice.21:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(request.header("Authorization", "Basic " + credentials)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expectedStatus) {
            throw new AssertionError(response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** {@code kill -9} of the JVM: no shutdown hook runs, its PostgreSQL stays behind. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** An ordinary stop (SIGTERM): Spring closes the application and its database. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return process.waitFor();
    }

    String log() throws IOException {
        return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
    }

    String tail() throws IOException {
        List<String> lines = log().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
