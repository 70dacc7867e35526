import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark of the embedded LRS of a running Kasus server (not a test; see README.md in this folder).
 *
 * <p>1. Posts statements in batches of 1, 10 and 100 from several client threads and reports statements per second
 * for each batch size. 2. Tops the LRS up to the target number of stored statements. 3. Repeats a typical query,
 * the statements of one registration (an enrolment) and the latest 100 statements of one learner, and reports
 * p50 and p95 latency.
 *
 * <p>Statements look like the ones Kasus's own tracking makes: a pseudonymous account actor, a decision activity with
 * Swedish and English names, score and success, registration, parent and grouping activities, platform and language.
 */
public class LrsBench {

    private static final String[] VERBS = {
            "http://adlnet.gov/expapi/verbs/answered", "http://adlnet.gov/expapi/verbs/completed",
            "http://adlnet.gov/expapi/verbs/passed", "http://adlnet.gov/expapi/verbs/failed",
            "http://adlnet.gov/expapi/verbs/initialized", "http://adlnet.gov/expapi/verbs/launched"};
    private static final Pattern CREDENTIAL = Pattern.compile("\"key\":\"([^\"]+)\".*\"secret\":\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String authorization;
    private final int threads;
    private final int learners;
    private final int registrations;
    private final List<String> registrationIds = new ArrayList<>();
    private final AtomicLong posted = new AtomicLong();
    /** CPU time the client used while the last throughput measurement ran. */
    private long lastClientCpuNanos;

    LrsBench(String base, String authorization, int threads, int learners, int registrations) {
        this.base = base;
        this.authorization = authorization;
        this.threads = threads;
        this.learners = learners;
        this.registrations = registrations;
        Random seeded = new Random(42);
        for (int i = 0; i < registrations; i++) {
            registrationIds.add(new UUID(seeded.nextLong(), seeded.nextLong()).toString());
        }
    }

    public static void main(String[] args) throws Exception {
        String base = option(args, "--base", "http://localhost:9380");
        int total = Integer.parseInt(option(args, "--total", "100000"));
        int threads = Integer.parseInt(option(args, "--threads", "4"));
        int queries = Integer.parseInt(option(args, "--queries", "500"));
        String authorization = credentials(base, args);
        LrsBench bench = new LrsBench(base, authorization, threads, 2000, 1000);

        System.out.printf("Kasus LRS benchmark against %s, %d client threads, %d CPUs here%n", base, threads,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("Machine speed before: sorts %.1f million numbers/s on one thread (to compare runs on shared machines)%n",
                calibrate());
        // Warm-up: the server's JIT compiles the request path of each batch size before anything is measured. Liberty,
        // EclipseLink and Derby are large: on two cores the JIT compiler threads use half a core or more for the first
        // minute of load and keep compiling for a minute more, so the warm-up lasts about two minutes, to measure the
        // steady state of a server that has been running for a while. The JIT's share of what is measured is
        // reported all the same.
        // Load first (many threads, batch 100, bodies made in the client threads as they go: a million bodies would
        // not fit in memory), so that ingest and queries are measured at the size asked for
        long loadedBefore = Long.getLong("bench.preloaded", 0);
        if (loadedBefore < total) {
            long start = System.nanoTime();
            bench.load(total - loadedBefore);
            System.out.printf("Loaded %,d statements at batch 100 in %.0f s: %,.0f statements/s%n", total - loadedBefore,
                    (System.nanoTime() - start) / 1e9, (total - loadedBefore) / ((System.nanoTime() - start) / 1e9));
        }
        int warmUp = Integer.parseInt(option(args, "--warmup", "120000"));
        if (warmUp > 0) {
            bench.throughput(1, warmUp / 30);
            bench.throughput(10, warmUp / 6);
            bench.throughput(100, warmUp);
        }
        int[] sizes = Arrays.stream(option(args, "--batches", "1,10,100").split(",")).mapToInt(Integer::parseInt).toArray();
        for (int batch : sizes) {
            int statements = Integer.parseInt(option(args, "--count", "0"));
            statements = statements > 0 ? statements : batch == 1 ? 3_000 : batch == 10 ? 10_000 : 30_000;
            long cpuBefore = serverCpuMillis(args);
            long jitBefore = serverJitMillis(args);
            double rate = bench.throughput(batch, statements);
            long cpu = serverCpuMillis(args) - cpuBefore;
            long jit = serverJitMillis(args) - jitBefore;
            double clientMs = bench.lastClientCpuNanos / 1e6 / statements;
            System.out.printf("POST batch %3d: %,8.0f statements/s (%,d statements)%s%n", batch, rate, statements,
                    (cpu < 0 ? "" : String.format(", server CPU %.3f ms per statement (JIT compiler %.3f)",
                            cpu / (double) statements, jit / (double) statements))
                            + String.format(", benchmark client CPU %.3f ms", clientMs));
        }
        System.out.printf("Statements stored (posted by this run, plus -Dbench.preloaded): %,d%n", bench.count());
        System.out.printf("Machine speed after posting: sorts %.1f million numbers/s on one thread%n", calibrate());
        if (queries == 0) {
            return;
        }
        bench.queryShapes(queries, Instant.parse(option(args, "--since",
                bench.middle == null ? Instant.now().minusSeconds(3600).toString() : bench.middle.toString())));
    }

    /**
     * Each query shape of the LRS, limit 50 unless said: p50, p95 and max. {@code since} splits the stored
     * statements (by default the moment the load was half done).
     */
    void queryShapes(int times, Instant since) throws Exception {
        String answered = enc(VERBS[0]);
        String course = "https://kasus.example/xapi/activities/course/mr-offentlig-verksamhet";
        query("no filter", times, i -> "limit=50");
        query("verb (answered)", times, i -> "verb=" + answered + "&limit=50");
        query("agent", times, i -> "agent=" + enc(agent(i * 7919 * 2 % learners)) + "&limit=50");
        query("agent, related_agents", times, i -> "agent=" + enc(agent(i * 7919 * 2 % learners))
                + "&related_agents=true&limit=50");
        query("activity (decision point)", times, i -> "activity=" + enc(course + "/module/M" + (i % 6 + 1) + "/case/case-"
                + (i % 10 + 1) + "/step/dp" + (i % 4 + 1)) + "&limit=50");
        query("activity (module), related_activities", times, i -> "activity=" + enc(course + "/module/M" + (i % 6 + 1))
                + "&related_activities=true&limit=50");
        query("registration", times, i -> "registration=" + registrationIds.get(i % registrations) + "&limit=50");
        query("agent + verb + since", times, i -> "agent=" + enc(agent(i * 7919 * 2 % learners)) + "&verb=" + answered
                + "&since=" + enc(since.toString()) + "&limit=50");
        query("since (no other filter)", times, i -> "since=" + enc(since.toString()) + "&limit=50");
        query("until (no other filter)", times, i -> "until=" + enc(since.toString()) + "&limit=50");
        query("verb, since + until", times, i -> "verb=" + answered + "&since=" + enc(since.minusSeconds(60).toString())
                + "&until=" + enc(since.toString()) + "&limit=50");
        query("verb, ascending", times, i -> "verb=" + answered + "&ascending=true&limit=50");
        query("no filter, ascending", times, i -> "ascending=true&limit=50");
        pageTen("verb (answered), page 10 via more", Math.max(5, times / 10), "verb=" + answered + "&limit=50");
        pageTen("no filter, page 10 via more", Math.max(5, times / 10), "limit=50");
    }

    /** Follows {@code more} nine times, then measures the tenth page. */
    void pageTen(String name, int times, String first) throws Exception {
        long[] micros = new long[times];
        int returned = 0;
        for (int i = -3; i < times; i++) {
            String next = "/xapi/statements?" + first;
            for (int page = 1; page < 10; page++) {
                next = more(send(HttpRequest.newBuilder(URI.create(base + next)).GET()).body());
            }
            long start = System.nanoTime();
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + next)).GET());
            if (i >= 0) {
                micros[i] = (System.nanoTime() - start) / 1000;
                returned += count(response.body(), "\"stored\"");
            }
        }
        report(name, micros, returned);
    }

    private static String more(String body) {
        Matcher m = Pattern.compile("\"more\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no more link in " + body.substring(0, Math.min(200, body.length())));
        }
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The moment the load was half done: since/until queries split the statements there. */
    private volatile Instant middle;

    /**
     * Bulk load: batches of 100 from all client threads, each thread making its request bodies as it goes.
     */
    void load(long statements) throws Exception {
        long batches = statements / 100;
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(() -> {
                Random random = new Random();
                for (long b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
                    StringBuilder body = new StringBuilder(100 * 1400).append('[');
                    for (int i = 0; i < 100; i++) {
                        body.append(i == 0 ? "" : ",").append(statement(random));
                    }
                    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/xapi/statements"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body.append(']').toString())));
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("POST failed: " + response.statusCode() + " " + response.body());
                    }
                    long done = posted.addAndGet(100);
                    if (b == batches / 2) {
                        middle = Instant.now();
                    }
                    if (done % 100_000 == 0) {
                        System.out.printf("  loaded %,d (%.0f statements/s)%n", done,
                                done / ((System.nanoTime() - start) / 1e9));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
    }

    /** CPU time (user and system) the server process has used, when --server-pid names it on this machine; else -1. */
    /**
     * A fixed piece of CPU work, sorting 4 million random numbers, best of three, in million numbers per second: on a
     * virtual machine whose host is shared, the same code runs faster or slower from one hour to the next, and this
     * says how fast the machine was.
     */
    private static double calibrate() {
        double best = 0;
        for (int round = 0; round < 3; round++) {
            long[] numbers = new Random(7).longs(4_000_000).toArray();
            long start = System.nanoTime();
            Arrays.sort(numbers);
            best = Math.max(best, 4.0 / ((System.nanoTime() - start) / 1e9));
        }
        return best;
    }

    /** CPU time the server's JIT compiler threads have used (they live as long as the JVM); -1 without --server-pid. */
    private static long serverJitMillis(String[] args) {
        String pid = option(args, "--server-pid", null);
        if (pid == null) {
            return -1;
        }
        long ticks = 0;
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc", pid, "task"))) {
            for (java.nio.file.Path task : tasks.toList()) {
                try {
                    String stat = java.nio.file.Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.matches("C[12] CompilerThre.*")) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (java.io.IOException gone) {
                    // a thread that ended while we looked
                }
            }
        } catch (java.io.IOException e) {
            return -1;
        }
        return ticks * 10;
    }

    /** CPU time this benchmark process has used: on a shared machine, what the client takes from the server. */
    private static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long serverCpuMillis(String[] args) {
        String pid = option(args, "--server-pid", null);
        if (pid == null) {
            return -1;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 10;
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    /** --key and --secret of an LRS credential, or --admin user:password to make a new one. */
    private static String credentials(String base, String[] args) throws Exception {
        String key = option(args, "--key", null);
        String secret = option(args, "--secret", null);
        if (key == null) {
            String admin = option(args, "--admin", null);
            if (admin == null) {
                throw new IllegalArgumentException("give --key and --secret, or --admin user:password");
            }
            HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(base + "/api/admin/lrs-credentials"))
                    .header("Authorization", basic(admin))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Benchmark\",\"scope\":\"READ_WRITE\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = CREDENTIAL.matcher(created.body());
            if (created.statusCode() != 201 || !m.find()) {
                throw new IllegalStateException("could not create an LRS credential: " + created.statusCode() + " "
                        + created.body());
            }
            key = m.group(1);
            secret = m.group(2);
        }
        return basic(key + ":" + secret);
    }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Posts this many statements in batches of this size from all threads; statements per second. The request bodies
     * are made before the clock starts, so that the client, which shares the machine's cores with the server, spends
     * its CPU time on sending only.
     */
    double throughput(int batch, int statements) throws Exception {
        int batches = statements / batch;
        Random random = new Random();
        List<byte[]> bodies = new ArrayList<>(batches);
        for (int b = 0; b < batches; b++) {
            StringBuilder body = new StringBuilder(batch * 1400).append('[');
            for (int i = 0; i < batch; i++) {
                body.append(i == 0 ? "" : ",").append(statement(random));
            }
            bodies.add(body.append(']').toString().getBytes(StandardCharsets.UTF_8));
        }
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long clientCpuStart = clientCpuNanos();
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(() -> {
                for (long b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
                    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/xapi/statements"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get((int) b))));
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("POST failed: " + response.statusCode() + " " + response.body());
                    }
                    posted.addAndGet(batch);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double rate = batches * batch / ((System.nanoTime() - start) / 1e9);
        lastClientCpuNanos = clientCpuNanos() - clientCpuStart;
        pool.shutdown();
        return rate;
    }

    void query(String name, int times, java.util.function.IntFunction<String> query) throws Exception {
        for (int i = 0; i < Math.min(50, times); i++) {
            get(query.apply(i + 100_000));
        }
        long[] micros = new long[times];
        int returned = 0;
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = get(query.apply(i));
            micros[i] = (System.nanoTime() - start) / 1000;
            returned += count(response.body(), "\"stored\"");
        }
        report(name, micros, returned);
    }

    private static void report(String name, long[] micros, int returned) {
        int times = micros.length;
        Arrays.sort(micros);
        System.out.printf("GET %-40s: p50 %7.1f ms, p95 %7.1f ms, max %7.1f ms (%d queries, %.0f statements each on average)%n",
                name, micros[times / 2] / 1000.0, micros[(int) (times * 0.95)] / 1000.0, micros[times - 1] / 1000.0,
                times, returned / (double) times);
    }

    long count() throws Exception {
        // The LRS has no count; the benchmark posted the statements itself, so it counts them
        return posted.get() + Long.getLong("bench.preloaded", 0);
    }

    private HttpResponse<String> get(String query) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/xapi/statements?" + query)).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET failed: " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", authorization).header("X-Experience-API-Version", "1.0.3")
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    private String agent(int learner) {
        return "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://kasus.example\",\"name\":\"learner-" + learner
                + "\"}}";
    }

    private String statement(Random random) {
        int registration = random.nextInt(registrations);
        int learner = registration * 2 % learners;
        int module = registration % 6 + 1;
        int caseNumber = random.nextInt(10) + 1;
        int step = random.nextInt(4) + 1;
        String course = "https://kasus.example/xapi/activities/course/mr-offentlig-verksamhet";
        String moduleId = course + "/module/M" + module;
        String caseId = moduleId + "/case/case-" + caseNumber;
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"actor\":" + agent(learner)
                + ",\"verb\":{\"id\":\"" + VERBS[random.nextInt(VERBS.length)] + "\",\"display\":{\"en-US\":\"answered\",\"sv-SE\":\"svarade\"}}"
                + ",\"object\":{\"objectType\":\"Activity\",\"id\":\"" + caseId + "/step/dp" + step + "\",\"definition\":{"
                + "\"name\":{\"sv-SE\":\"Beslutspunkt " + step + "\",\"en-US\":\"Decision point " + step + "\"},"
                + "\"type\":\"http://adlnet.gov/expapi/activities/cmi.interaction\",\"interactionType\":\"choice\","
                + "\"choices\":[{\"id\":\"A\",\"description\":{\"sv-SE\":\"Alternativ A\"}},{\"id\":\"B\",\"description\":{\"sv-SE\":\"Alternativ B\"}}]}}"
                + ",\"result\":{\"score\":{\"scaled\":0.5,\"raw\":1,\"min\":0,\"max\":2},\"success\":" + random.nextBoolean()
                + ",\"response\":\"B\"}"
                + ",\"context\":{\"registration\":\"" + registrationIds.get(registration) + "\",\"contextActivities\":{"
                + "\"parent\":[{\"id\":\"" + caseId + "\"}],\"grouping\":[{\"id\":\"" + moduleId + "\"},{\"id\":\"" + course + "\"}]},"
                + "\"platform\":\"Kasus\",\"language\":\"sv-SE\"}"
                + ",\"timestamp\":\"" + Instant.now() + "\"}";
    }
}
