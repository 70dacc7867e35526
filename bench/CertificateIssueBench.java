import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issues and renders completion certificates on a running Kasus over HTTP, one after the other, and reports
 * the median and 95th percentile of each step. One learner completes the course once (through the API);
 * then each round is (1) an issue: an administrator re-issues the learner's current certificate (a new
 * certificate row, the old one revoked, the xAPI statement, the audit entry, in one transaction), and (2)
 * the first download of the new certificate's PDF (render, seal, store). Single file, no dependencies:
 * {@code java bench/CertificateIssueBench.java --base http://localhost:9380 --admin admin:password}.
 */
public class CertificateIssueBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private static String base = "http://localhost:9080";
    private static String admin;

    public static void main(String[] args) throws Exception {
        int rounds = 100;
        int warmup = 30;
        String course = "mr-offentlig-verksamhet";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--base" -> base = args[++i].replaceAll("/$", "");
                case "--admin" -> admin = args[++i];
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--course" -> course = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (admin == null) {
            throw new IllegalArgumentException("--admin user:password is required");
        }
        String learner = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "bench-password-" + UUID.randomUUID();
        check(send("POST", "/api/admin/users", admin, "{\"username\":\"" + learner + "\",\"password\":\"" + password
                + "\",\"displayName\":\"Åsa Öberg-Ärlig\"}"), 201);
        String credentials = learner + ":" + password;
        completeCourse(credentials, course);
        String mine = check(send("GET", "/api/me/certificates", credentials, null), 200);
        String current = first(mine);
        System.out.printf(Locale.ROOT, "learner %s completed %s; certificate %s%n", learner, course, current);

        List<Double> issue = new ArrayList<>();
        List<Double> render = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < warmup + rounds; i++) {
            long t0 = System.nanoTime();
            String issued = check(send("POST", "/api/admin/certificates/" + current + "/reissue", admin,
                    "{\"reason\":\"OTHER\"}"), 201);
            long t1 = System.nanoTime();
            current = first(issued);
            HttpResponse<byte[]> pdf = HTTP.send(request("GET", "/api/me/certificates/" + current + "/pdf", credentials, null)
                    .header("Accept", "application/pdf").build(), HttpResponse.BodyHandlers.ofByteArray());
            long t2 = System.nanoTime();
            if (pdf.statusCode() != 200) {
                throw new IllegalStateException("PDF: " + pdf.statusCode());
            }
            if (i >= warmup) {
                issue.add((t1 - t0) / 1e6);
                render.add((t2 - t1) / 1e6);
                bytes = Math.max(bytes, pdf.body().length);
            }
        }
        List<Double> both = new ArrayList<>();
        for (int i = 0; i < issue.size(); i++) {
            both.add(issue.get(i) + render.get(i));
        }
        System.out.printf(Locale.ROOT, "%d rounds after %d warm-up rounds%n", rounds, warmup);
        report("issue (POST reissue)", issue);
        report("render + seal + store (first GET pdf)", render);
        report("issue and render", both);
        System.out.printf(Locale.ROOT, "largest PDF: %,d bytes%n", bytes);
    }

    private static void report(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-40s median %7.1f ms   p95 %7.1f ms   max %7.1f ms%n", what,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.get(sorted.size() - 1));
    }

    /** Every case to its end (first option each time), every quiz with the answers the course files give. */
    private static void completeCourse(String who, String course) throws Exception {
        String enrollment = value(check(send("POST", "/api/enrollments", who, "{\"courseId\":\"" + course + "\"}"), 201),
                "enrollmentId");
        String view = check(send("GET", "/api/enrollments/" + enrollment, who, null), 200);
        Matcher cases = Pattern.compile("\"caseId\":\"([^\"]+)\"").matcher(view);
        while (cases.find()) {
            String attempt = value(check(send("POST", "/api/enrollments/" + enrollment + "/cases/" + cases.group(1)
                    + "/attempt", who, ""), 201, 200), "attemptId");
            while (true) {
                String a = check(send("GET", "/api/attempts/" + attempt, who, null), 200);
                if (a.contains("\"finished\":true")) {
                    break;
                }
                Matcher step = Pattern.compile("\"currentStep\":\\{\"id\":\"([^\"]+)\".*?\"options\":\\[\\{\"id\":\"([^\"]+)\"")
                        .matcher(a);
                if (!step.find()) {
                    throw new IllegalStateException("no current step in " + a);
                }
                check(send("POST", "/api/attempts/" + attempt + "/decisions", who,
                        "{\"stepId\":\"" + step.group(1) + "\",\"optionId\":\"" + step.group(2) + "\"}"), 200);
            }
        }
        Matcher modules = Pattern.compile("\"moduleId\":\"(M\\d+)\"").matcher(view);
        List<String> seen = new ArrayList<>();
        while (modules.find()) {
            if (seen.contains(modules.group(1))) {
                continue;
            }
            seen.add(modules.group(1));
            String keys = java.nio.file.Files.readString(java.nio.file.Path.of("course-content", course, "quizzes",
                    "quiz-" + modules.group(1).toLowerCase(Locale.ROOT) + ".yaml"));
            String quiz = check(send("POST", "/api/enrollments/" + enrollment + "/modules/" + modules.group(1) + "/quiz",
                    who, ""), 201, 200);
            String quizId = value(quiz, "quizAttemptId");
            Matcher questions = Pattern.compile("\"id\":\"(Q[\\d.]+)\"").matcher(quiz);
            while (questions.find()) {
                Matcher key = Pattern.compile("id: " + Pattern.quote(questions.group(1)) + "\\s[\\s\\S]*?correct: (\\w+)")
                        .matcher(keys);
                if (!key.find()) {
                    throw new IllegalStateException("no key for " + questions.group(1));
                }
                check(send("POST", "/api/quiz-attempts/" + quizId + "/answers", who,
                        "{\"questionId\":\"" + questions.group(1) + "\",\"optionId\":\"" + key.group(1) + "\"}"), 200);
            }
        }
    }

    private static String first(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return m.group(1);
    }

    private static String value(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private static HttpResponse<String> send(String method, String path, String who, String json) throws Exception {
        return HTTP.send(request(method, path, who, json).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(String method, String path, String who, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(who.getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (json == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    private static String check(HttpResponse<String> response, int... expected) {
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response.body();
            }
        }
        throw new IllegalStateException(response.request().method() + " " + response.request().uri() + ": "
                + response.statusCode() + " " + response.body());
    }
}
