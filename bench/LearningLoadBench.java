import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The learning load benchmark: N learners (default 200) log in through the form, enrol in the course and play its
 * cases as the case page does (start, then per decision point: think, POST the decision, whose answer carries the
 * next step), each with its own session cookie. It reports decisions per second and the decision request's
 * p50/p95/p99/max, first with a think time (default 0.5-1.5 s) and then with none (the server's maximum).
 * A single Java file with no dependencies: {@code java bench/LearningLoadBench.java --help}. Not a test.
 */
public final class LearningLoadBench {

    private static final String HELP = """
            java bench/LearningLoadBench.java --base http://localhost:9380 --admin admin:<password> [options]
              --learners 200        virtual learners, each with its own account and session
              --think 500-1500      think time in ms before each decision (uniform); 0 = none
              --warmup 30           seconds of load before measuring, per phase
              --duration 60         seconds measured, per phase
              --course <id>         the course to play (default mr-offentlig-verksamhet)
              --phases think,none   which phases to run: with think time, then with none
              --server-pid <pid>    also report the server's CPU time and resident memory (from /proc)
            """;

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--help")) {
            System.out.print(HELP);
            return;
        }
        String base = option(args, "--base", "http://localhost:9380").replaceAll("/$", "");
        String admin = option(args, "--admin", null);
        if (admin == null) {
            throw new IllegalArgumentException("--admin user:password is required\n" + HELP);
        }
        int learners = Integer.parseInt(option(args, "--learners", "200"));
        String[] think = option(args, "--think", "500-1500").split("-");
        int warmup = Integer.parseInt(option(args, "--warmup", "30"));
        int duration = Integer.parseInt(option(args, "--duration", "60"));
        List<String> phases = List.of(option(args, "--phases", "think,none").split(","));
        String pid = option(args, "--server-pid", null);

        System.out.printf("machine speed: %.1f million numbers sorted per second%n", calibrate());
        Api setup = new Api(base, null);
        Map<String, Object> catalogue = course(setup.json("GET", "/api/courses", null, basic(admin)),
                option(args, "--course", "mr-offentlig-verksamhet"));
        String courseId = (String) catalogue.get("id");
        List<String> cases = new ArrayList<>();
        for (Object module : (List<?>) catalogue.get("modules")) {
            for (Object c : (List<?>) ((Map<?, ?>) module).get("cases")) {
                cases.add((String) ((Map<?, ?>) c).get("id"));
            }
        }
        System.out.printf("course %s, %d cases; making %d learner accounts%n", courseId, cases.size(), learners);

        List<Learner> all = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(learners, 8));
        List<java.util.concurrent.Future<Learner>> made = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            made.add(pool.submit(() -> Learner.make(base, admin, courseId, cases)));
        }
        for (var f : made) {
            all.add(f.get());
        }
        pool.shutdown();
        System.out.printf("%d learners logged in through the form and enrolled%n", all.size());

        for (String phase : phases) {
            long thinkMin = phase.equals("none") ? 0 : Long.parseLong(think[0]);
            long thinkMax = phase.equals("none") ? 0 : Long.parseLong(think.length > 1 ? think[1] : think[0]);
            run(all, phase, thinkMin, thinkMax, warmup, duration, pid);
        }
    }

    private static void run(List<Learner> learners, String phase, long thinkMin, long thinkMax, int warmup, int duration,
                            String pid) throws Exception {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        List<String> errorSamples = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(learners.size());
        for (Learner learner : learners) {
            threads.submit(() -> {
                while (!stop.get()) {
                    try {
                        learner.playOneDecision(thinkMin, thinkMax, measuring, latencies, stop);
                    } catch (Exception e) {
                        if (measuring.get()) {
                            errors.incrementAndGet();
                            if (errorSamples.size() < 5) {
                                errorSamples.add(e.toString());
                            }
                        }
                        learner.attemptId = null;
                    }
                }
            });
        }
        System.out.printf("%nphase '%s' (think %d-%d ms): %d s warm-up%n", phase, thinkMin, thinkMax, warmup);
        Thread.sleep(warmup * 1000L);
        long cpuBefore = serverCpuMillis(pid);
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(duration * 1000L);
        measuring.set(false);
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpuAfter = serverCpuMillis(pid);
        stop.set(true);
        threads.shutdown();
        threads.awaitTermination(30, TimeUnit.SECONDS);

        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("decisions measured: %d in %.1f s = %.0f decisions/s; errors: %d%n", sorted.length, seconds,
                sorted.length / seconds, errors.get());
        if (sorted.length > 0) {
            System.out.printf("decision latency p50 / p95 / p99 / max: %.1f / %.1f / %.1f / %.1f ms%n",
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
        }
        if (pid != null) {
            System.out.printf("server CPU: %.2f cores on average; server resident memory now: %s%n",
                    (cpuAfter - cpuBefore) / 1000.0 / seconds, residentMemory(pid));
        }
        errorSamples.forEach(e -> System.out.println("  error: " + e));
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** One learner: a session cookie, an enrolment, and the attempt being played. */
    static final class Learner {
        final Api api;
        final String enrollmentId;
        final List<String> cases;
        int nextCase;
        String attemptId;
        Map<String, Object> step;

        Learner(Api api, String enrollmentId, List<String> cases) {
            this.api = api;
            this.enrollmentId = enrollmentId;
            this.cases = cases;
            this.nextCase = ThreadLocalRandom.current().nextInt(cases.size());
        }

        static Learner make(String base, String admin, String courseId, List<String> cases) throws Exception {
            String username = "bench-" + UUID.randomUUID().toString().substring(0, 12);
            String password = "bench-password-" + UUID.randomUUID();
            Api setup = new Api(base, null);
            setup.json("POST", "/api/admin/users", "{\"username\":\"" + username + "\",\"password\":\"" + password
                    + "\",\"displayName\":\"Bänk Testare\"}", basic(admin));
            Api api = new Api(base, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
            api.login(username, password);
            Map<String, Object> enrollment = api.json("POST", "/api/enrollments", "{\"courseId\":\"" + courseId + "\"}", null);
            return new Learner(api, (String) enrollment.get("enrollmentId"), cases);
        }

        /** Starts a case when none is open, thinks, decides, and reads the attempt again as the page does. */
        @SuppressWarnings("unchecked")
        void playOneDecision(long thinkMin, long thinkMax, AtomicBoolean measuring, ConcurrentLinkedQueue<Long> latencies,
                             AtomicBoolean stop) throws Exception {
            if (attemptId == null) {
                String caseId = cases.get(nextCase++ % cases.size());
                Map<String, Object> attempt = api.json("POST", "/api/enrollments/" + enrollmentId + "/cases/" + caseId
                        + "/attempt", "", null);
                step = (Map<String, Object>) attempt.get("currentStep");
                if (step == null) {
                    // played to the end before: play it again as a new attempt, as "Spela igen" does (without this,
                    // learners who had finished every case only asked for finished attempts and made no decisions)
                    attempt = api.json("POST", "/api/enrollments/" + enrollmentId + "/cases/" + caseId + "/attempts", "", null);
                    step = (Map<String, Object>) attempt.get("currentStep");
                }
                attemptId = (String) attempt.get("attemptId");
                if (step == null) {
                    attemptId = null;
                    return;
                }
            }
            if (thinkMax > 0) {
                long pause = ThreadLocalRandom.current().nextLong(thinkMin, thinkMax + 1);
                long until = System.nanoTime() + pause * 1_000_000L;
                while (!stop.get() && System.nanoTime() < until) {
                    Thread.sleep(Math.min(100, Math.max(1, (until - System.nanoTime()) / 1_000_000L)));
                }
                if (stop.get()) {
                    return;
                }
            }
            List<Object> options = (List<Object>) step.get("options");
            String option = (String) ((Map<String, Object>) options.get(ThreadLocalRandom.current().nextInt(options.size()))).get("id");
            boolean counted = measuring.get();
            long start = System.nanoTime();
            Map<String, Object> feedback = api.json("POST", "/api/attempts/" + attemptId + "/decisions",
                    "{\"stepId\":\"" + step.get("id") + "\",\"optionId\":\"" + option + "\"}", null);
            long took = System.nanoTime() - start;
            if (counted && measuring.get()) {
                latencies.add(took);
            }
            if (Boolean.TRUE.equals(feedback.get("caseFinished"))) {
                attemptId = null;
                return;
            }
            // the answer carries the attempt after the decision, as the case page uses it; older servers: read it
            Map<String, Object> attempt = (Map<String, Object>) feedback.get("attempt");
            if (attempt == null) {
                attempt = api.json("GET", "/api/attempts/" + attemptId, null, null);
            }
            step = (Map<String, Object>) attempt.get("currentStep");
            if (step == null) {
                attemptId = null;
            }
        }
    }

    /** The HTTP side: JSON calls with the page's header, and the login form. */
    static final class Api {
        final String base;
        final HttpClient http;

        Api(String base, CookieManager cookies) {
            this.base = base;
            HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER);
            if (cookies != null) {
                builder.cookieHandler(cookies);
            }
            this.http = builder.build();
        }

        void login(String username, String password) throws Exception {
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() / 100 != 3 || location.contains("logga-in")) {
                throw new IllegalStateException("login failed: " + response.statusCode() + " " + location);
            }
        }

        @SuppressWarnings("unchecked")
        <T> T json(String method, String path, String body, String authorization) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json, application/problem+json").header("X-Kasus-Request", "1");
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " "
                        + response.body().substring(0, Math.min(200, response.body().length())));
            }
            return (T) new Json(response.body()).value();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> course(Object catalogue, String id) {
        for (Object course : (List<Object>) catalogue) {
            if (id.equals(((Map<String, Object>) course).get("id"))) {
                return (Map<String, Object>) course;
            }
        }
        throw new IllegalArgumentException("no course " + id + " in the catalogue");
    }

    /** A small JSON reader (objects as ordered maps, arrays as lists, numbers as doubles): enough for the API's answers. */
    static final class Json {
        private final String text;
        private int at;

        Json(String text) {
            this.text = text;
        }

        Object value() {
            skip();
            char c = text.charAt(at);
            switch (c) {
                case '{': {
                    Map<String, Object> map = new LinkedHashMap<>();
                    at++;
                    skip();
                    if (text.charAt(at) == '}') {
                        at++;
                        return map;
                    }
                    while (true) {
                        skip();
                        String key = string();
                        skip();
                        at++; // ':'
                        map.put(key, value());
                        skip();
                        if (text.charAt(at++) == '}') {
                            return map;
                        }
                    }
                }
                case '[': {
                    List<Object> list = new ArrayList<>();
                    at++;
                    skip();
                    if (text.charAt(at) == ']') {
                        at++;
                        return list;
                    }
                    while (true) {
                        list.add(value());
                        skip();
                        if (text.charAt(at++) == ']') {
                            return list;
                        }
                    }
                }
                case '"':
                    return string();
                case 't':
                    at += 4;
                    return Boolean.TRUE;
                case 'f':
                    at += 5;
                    return Boolean.FALSE;
                case 'n':
                    at += 4;
                    return null;
                default: {
                    int start = at;
                    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                        at++;
                    }
                    return Double.parseDouble(text.substring(start, at));
                }
            }
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            at++; // opening quote
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    char e = text.charAt(at++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
        }

        private void skip() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }

    private static double calibrate() {
        long[] numbers = ThreadLocalRandom.current().longs(4_000_000).toArray();
        long start = System.nanoTime();
        Arrays.sort(numbers);
        return 4.0 / ((System.nanoTime() - start) / 1e9);
    }

    private static long serverCpuMillis(String pid) {
        if (pid == null) {
            return 0;
        }
        try {
            String[] stat = Files.readString(Path.of("/proc", pid, "stat")).replaceFirst("^.*\\) ", "").split(" ");
            long ticks = Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
            return ticks * 10; // USER_HZ is 100 on Linux
        } catch (Exception e) {
            return 0;
        }
    }

    private static String residentMemory(String pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return String.format("%.0f MiB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
                }
            }
        } catch (Exception e) {
            // not on Linux, or the process has gone
        }
        return "unknown";
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }
}
