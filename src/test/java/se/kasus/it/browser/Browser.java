package se.kasus.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium from Debian's package, driven by Playwright. Without Chromium the browser tests
 * are skipped with a loud message, except under CI=true, where a missing browser fails the run.
 */
final class Browser implements AutoCloseable {

    static final int WIDE = 1280;
    static final int NARROW = 375;
    static final int SMALLEST = 320;
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    final String baseUrl;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium, String baseUrl) {
        this.playwright = playwright;
        this.chromium = chromium;
        this.baseUrl = baseUrl;
    }

    static Browser launch(int port) {
        Path executable = Path.of(System.getenv().getOrDefault("KASUS_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            String message = "\n\n*** BROWSER TESTS SKIPPED: no Chromium at " + executable
                    + " (install Debian's chromium package, or set KASUS_CHROMIUM) ***\n";
            System.err.println(message);
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but Chromium is missing at " + executable + ": the browser tests cannot run");
            }
            Assumptions.abort(message);
        }
        // Playwright gives each launch a fresh, temporary profile.
        Playwright playwright = Playwright.create();
        com.microsoft.playwright.Browser chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
        return new Browser(playwright, chromium, "http://localhost:" + port);
    }

    /** A fresh browser profile (no cookies) with the page at the given width. */
    Page newPage(int width) {
        BrowserContext context = chromium.newContext(new NewContextOptions().setViewportSize(width, 900).setLocale("sv-SE"));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    /**
     * axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules report nothing on the page in its current state, at
     * 1280, 375 and 320 px (phones lay out differently: tables, menus, scroll regions); the page is left at
     * the width it had.
     */
    /** The messages of every alert, confirm or prompt the page opens from now on, each dismissed. */
    static List<String> dialogs(Page page) {
        List<String> dialogs = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        return dialogs;
    }

    static void assertAccessible(Page page, String state) {
        var original = page.viewportSize();
        for (int width : new int[] {WIDE, NARROW, SMALLEST}) {
            page.setViewportSize(width, original.height);
            assertAccessibleAsIs(page, state + " at " + width + " px");
        }
        page.setViewportSize(original.width, original.height);
    }

    private static void assertAccessibleAsIs(Page page, String state) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        List<Rule> violations = results.getViolations();
        String report = violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(violations).as("axe violations on " + state + ":\n" + report).isEmpty();
    }

    /** Saves the page at 1280 and 375 px under target/screenshots; checks nothing overflows at 320 px or with text at 200 %. */
    static void screenshots(Page page, String name) {
        Path dir = Path.of(System.getProperty("kasus.screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var original = page.viewportSize();
        for (int width : new int[] {WIDE, NARROW}) {
            page.setViewportSize(width, 900);
            // A full-page capture of a tall page can take a while on a loaded 2-core machine (seen: over 15 s once).
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + "-" + width + ".png")).setFullPage(true)
                    .setTimeout(60_000));
        }
        page.setViewportSize(320, 900);
        assertThat(sidewaysOverflow(page)).as(name + " scrolls sideways at 320 px").isLessThanOrEqualTo(0);
        page.setViewportSize(WIDE, 900);
        page.evaluate("() => document.documentElement.style.fontSize = '200%'");
        assertThat(sidewaysOverflow(page)).as(name + " scrolls sideways with text at 200 %").isLessThanOrEqualTo(0);
        page.evaluate("() => document.documentElement.style.fontSize = ''");
        page.setViewportSize(original.width, original.height);
    }

    private static int sidewaysOverflow(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        return ((Number) overflow).intValue();
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
