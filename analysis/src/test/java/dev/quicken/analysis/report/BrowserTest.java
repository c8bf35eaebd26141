package dev.quicken.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in headless Chromium, driven over the DevTools protocol with
 * {@code java.net.http.WebSocket}: the page renders its sections, charts and source view, logs no
 * console message or error (the Content-Security-Policy would report any request or script), and
 * the source line holding {@code </script><script>alert(1)</script>} shows as text. The screenshot
 * is kept as {@code target/browser/report.png}. Skipped when no Chromium is on the PATH
 * ({@code .ci/run} installs Debian's {@code chromium}).
 */
class BrowserTest {

    static String chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path p = Paths.get(dir, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        return null;
    }

    @Test
    void reportRendersInChromium(@TempDir Path tmp) throws Exception {
        String browser = chromium();
        Assumptions.assumeTrue(browser != null, "no chromium on the PATH (apt-get install chromium)");
        Path html = Paths.get("target", "browser", "report.html").toAbsolutePath();
        Files.createDirectories(html.getParent());
        String page = new HtmlRenderer(Palette.SAFE).render(ReportTest.report("small.jfr"));
        assertTrue(page.contains("alert(1)"), "the report shows demo.py's line 20");
        Files.writeString(html, page, StandardCharsets.UTF_8);

        Process p = new ProcessBuilder(browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + tmp.resolve("profile"), "--remote-debugging-port=0", "--window-size=1200,2000",
                "about:blank").redirectOutput(tmp.resolve("chromium.out").toFile()).start();
        try (Cdp cdp = Cdp.connect(p)) {
            cdp.call("Runtime.enable", "{}");
            cdp.call("Log.enable", "{}");
            cdp.call("Page.enable", "{}");
            cdp.call("Page.navigate", "{\"url\":\"" + html.toUri() + "\"}");
            cdp.await("Page.loadEventFired", Duration.ofSeconds(20));
            String checks = cdp.evaluate("""
                    JSON.stringify({
                      title: document.title,
                      sections: document.querySelectorAll('section').length,
                      tables: document.querySelectorAll('table').length,
                      svgs: document.querySelectorAll('svg').length,
                      sourceViews: document.querySelectorAll('pre.src').length,
                      marks: document.querySelectorAll('pre.src span[title]').length,
                      scripts: document.querySelectorAll('script').length,
                      scriptText: [...document.querySelectorAll('pre.src')].some(e => e.textContent.includes('</script><script>alert(1)</script>')),
                      bold: document.querySelectorAll('pre.src b').length,
                      width: document.documentElement.scrollWidth,
                      height: document.documentElement.scrollHeight
                    })""");
            assertTrue(checks.contains("\"scripts\":0"), checks);
            assertTrue(checks.contains("\"scriptText\":true"), "the markup in demo.py shows as text: " + checks);
            assertTrue(checks.contains("\"bold\":0"), "<b> in the source stays text: " + checks);
            assertTrue(number(checks, "sections") >= 5, checks);
            assertTrue(number(checks, "tables") >= 3, checks);
            assertTrue(number(checks, "svgs") >= 1, checks);
            assertTrue(number(checks, "sourceViews") >= 1, checks);
            assertTrue(number(checks, "marks") >= 1, checks);
            assertTrue(number(checks, "height") > 500, checks);
            String png = cdp.call("Page.captureScreenshot", "{\"format\":\"png\",\"captureBeyondViewport\":true}");
            Matcher data = Pattern.compile("\"data\":\"([A-Za-z0-9+/=]+)\"").matcher(png);
            assertTrue(data.find(), "a screenshot");
            byte[] bytes = Base64.getDecoder().decode(data.group(1));
            Path shot = html.resolveSibling("report.png");
            Files.write(shot, bytes);
            assertEquals("PNG", new String(bytes, 1, 3, StandardCharsets.US_ASCII));
            assertTrue(bytes.length > 10_000, "a rendered page, not a blank one: " + bytes.length + " bytes");
            // no console output, no exception, no log entry (CSP violations and failed loads are log errors)
            Thread.sleep(300);
            assertEquals(List.of(), cdp.events("Runtime.consoleAPICalled", "Runtime.exceptionThrown", "Log.entryAdded"));
            assertEquals(List.of(), cdp.events("Page.javascriptDialogOpening"), "no alert");
        } finally {
            stop(p);
        }
    }

    /**
     * Stops chromium and the processes it started (renderer, crash handler...), and waits for them:
     * they write into the profile directory until they exit, and JUnit deletes it after the test.
     */
    private static void stop(Process p) throws InterruptedException {
        List<ProcessHandle> all = new java.util.ArrayList<>(p.descendants().toList());
        all.add(p.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle h : all) {
            try {
                h.onExit().get(5, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                h.destroyForcibly();
            }
        }
        p.waitFor(5, TimeUnit.SECONDS);
        for (ProcessHandle h : all) {
            try {
                h.onExit().get(5, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // gone or stuck: JUnit's clean-up says which
            }
        }
    }

    private static long number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(\\d+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Long.parseLong(m.group(1));
    }

    /** A minimal DevTools protocol client: one page, requests by id, events kept by method. */
    static final class Cdp implements WebSocket.Listener, AutoCloseable {
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
        private final List<String> events = Collections.synchronizedList(new ArrayList<>());
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static Cdp connect(Process chromium) throws Exception {
            BufferedReader err = new BufferedReader(new InputStreamReader(chromium.getErrorStream(), StandardCharsets.UTF_8));
            Pattern listening = Pattern.compile("DevTools listening on (ws://[^\\s]+)");
            String endpoint = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            for (String line; endpoint == null && System.nanoTime() < deadline && (line = err.readLine()) != null; ) {
                Matcher m = listening.matcher(line);
                if (m.find()) {
                    endpoint = m.group(1);
                }
            }
            assertTrue(endpoint != null, "chromium printed no DevTools address");
            Thread drain = new Thread(() -> {
                try {
                    while (err.readLine() != null) {
                        // chromium's own log: not the page's console
                    }
                } catch (IOException ignored) {
                    // closed
                }
            });
            drain.setDaemon(true);
            drain.start();
            URI browser = URI.create(endpoint);
            HttpClient http = HttpClient.newHttpClient();
            String list = http.send(HttpRequest.newBuilder(URI.create("http://" + browser.getAuthority() + "/json/list"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher page = Pattern.compile("\"type\"\\s*:\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\"\\s*:\\s*\"([^\"]+)\"|"
                    + "\"webSocketDebuggerUrl\"\\s*:\\s*\"(ws://[^\"]+/page/[^\"]+)\"").matcher(list);
            assertTrue(page.find(), "a page target: " + list);
            String url = page.group(1) != null ? page.group(1) : page.group(2);
            Cdp cdp = new Cdp();
            cdp.socket = http.newWebSocketBuilder().buildAsync(URI.create(url), cdp).get(10, TimeUnit.SECONDS);
            return cdp;
        }

        String call(String method, String params) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<String> f = new CompletableFuture<>();
            pending.put(id, f);
            socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true);
            String r = f.get(20, TimeUnit.SECONDS);
            assertTrue(!r.contains("\"error\":{"), method + ": " + r);
            return r;
        }

        String evaluate(String expression) throws Exception {
            String quoted = "\"" + expression.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
            String r = call("Runtime.evaluate", "{\"expression\":" + quoted + ",\"returnByValue\":true}");
            Matcher m = Pattern.compile("\"value\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(r);
            assertTrue(m.find(), r);
            return m.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
        }

        void await(String method, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (events(method).isEmpty()) {
                assertTrue(System.nanoTime() < deadline, "no " + method + " within " + timeout);
                Thread.sleep(50);
            }
        }

        List<String> events(String... methods) {
            List<String> found = new ArrayList<>();
            synchronized (events) {
                for (String e : events) {
                    for (String m : methods) {
                        if (e.contains("\"method\":\"" + m + "\"")) {
                            found.add(e);
                        }
                    }
                }
            }
            return found;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                Matcher id = Pattern.compile("^\\{\"id\":(\\d+),").matcher(message);
                if (id.find()) {
                    CompletableFuture<String> f = pending.remove(Integer.parseInt(id.group(1)));
                    if (f != null) {
                        f.complete(message);
                    }
                } else {
                    events.add(message);
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public void close() {
            if (socket != null) {
                socket.abort();
            }
        }
    }
}
