package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The mentor page in headless Chromium: connect Google and Zoom, get a Zoom link, see the reconnect banner. */
class MentorPageIT {
    private static final Logger LOG = Logger.getLogger(MentorPageIT.class.getName());
    private static final Path TARGET = Path.of("target");
    private static final Path SCREENSHOTS = TARGET.resolve("screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static Path profile;
    private static ChromeDriver browser;

    private final String mentor = "m-page-" + UUID.randomUUID().toString().substring(0, 8);
    private final String mentee = "e-page-" + UUID.randomUUID().toString().substring(0, 8);
    private final String account = mentor + "@example.org";
    private final String booker = Api.token("booking-platform", "booking-system");
    private JsonObject consentBefore;
    private int step;

    /** Wall time and clicks of one connect flow, from the click on "Connect" to the page showing CONNECTED. */
    private record ConnectFlow(String provider, long millis, int clicks) {
        String json() {
            return "{\"provider\":\"%s\",\"millis\":%d,\"clicks\":%d}".formatted(provider, millis, clicks);
        }
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        profile = Files.createTempDirectory("mentor-page-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    @BeforeEach
    void simulatorApprovesConsentForThisMentorsAccount() {
        consentBefore = Simulator.get("/consent");
        Simulator.CONTROL.clearAllFaults();
        Simulator.control("/config", "{\"provider\":\"google\",\"accessTokenExpiresInSeconds\":3600}");
        Simulator.control("/config", "{\"provider\":\"zoom\",\"accessTokenExpiresInSeconds\":3600}");
        Simulator.control("/consent", "{\"autoApprove\":true,\"accountEmail\":\"" + account + "\"}");
    }

    @AfterEach
    void restoreConsent() {
        Simulator.control(
                "/consent",
                "{\"autoApprove\":" + consentBefore.getBoolean("autoApprove") + ",\"accountEmail\":\""
                        + consentBefore.getString("accountEmail") + "\"}");
    }

    @Test
    void a_mentor_connects_both_accounts_gets_a_zoom_link_and_is_asked_to_reconnect_a_dead_grant() throws IOException {
        try {
            signIn(mentor, "mentor");
            awaitAttribute("connection-google", "data-status", "NOT_CONNECTED");
            screenshot("signed-in");

            ConnectFlow google = connect("google", "Google");
            ConnectFlow zoom = connect("zoom", "Zoom");

            browser.findElement(By.id("default-zoom")).click();
            awaitAttribute("default-platform", "data-saved", "ZOOM");
            assertThat(Api.json(Api.get("/api/me/preferences", Api.token(mentor, "mentor")))
                            .getString("defaultPlatform"))
                    .isEqualTo("ZOOM");
            screenshot("zoom-default");

            String first = confirmBooking();
            String zoomUrl = awaitMeetingUrl(first);
            assertThat(zoomUrl).startsWith("https://us05web.zoom.us/j/");
            assertThat(row(first).getAttribute("data-status")).isEqualTo("ACTIVE");
            screenshot("zoom-link");

            JsonObject invalidated = Simulator.control("/grants/zoom/invalidate?account=" + account, "{}");
            assertThat(invalidated.getInt("invalidated")).isPositive();
            confirmBooking();
            WebElement banner = awaitReconnectBanner();
            assertThat(banner.getText()).contains("Your Zoom connection stopped working");
            WebElement reconnect = browser.findElement(By.id("banner-reconnect-zoom"));
            assertThat(reconnect.isDisplayed()).isTrue();
            assertThat(reconnect.getText()).isEqualTo("Reconnect Zoom");
            assertThat(browser.findElement(By.id("connection-zoom")).getAttribute("data-status"))
                    .isEqualTo("NEEDS_RECONNECT");
            assertThat(browser.findElement(By.id("connection-google")).getAttribute("data-status"))
                    .isEqualTo("CONNECTED");
            screenshot("reconnect-banner");

            assertNoContentSecurityPolicyViolations();
            signIn(mentee, "mentee");
            WebElement menteeRow = awaitRow(first);
            assertThat(menteeRow.findElement(By.cssSelector("a.join-link")).getAttribute("href"))
                    .contains("/join/");
            assertThat(menteeRow.findElement(By.cssSelector("a.meeting-url")).getText())
                    .isEqualTo(zoomUrl);
            assertThat(browser.findElement(By.id("connections")).isDisplayed()).isFalse();
            screenshot("mentee-view");

            report(List.of(google, zoom));
        } catch (AssertionError | RuntimeException e) {
            try {
                screenshot("failure");
            } catch (RuntimeException | IOException screenshotFailed) {
                e.addSuppressed(screenshotFailed);
            }
            throw e;
        }
    }

    @Test
    void a_token_for_another_user_is_not_swapped_in_without_asking() {
        String first = "m-page-" + UUID.randomUUID().toString().substring(0, 8);
        String second = first + "-b";
        signIn(first, "mentor");

        browser.get(Api.BASE + "/mentor/#token=" + Api.token(second, "mentor"));
        wait(WAIT).until(d -> d.findElement(By.id("switch-user")).isDisplayed());
        assertThat(browser.findElement(By.id("switch-user-text")).getText())
                .contains(second)
                .contains(first);
        assertThat(browser.findElement(By.id("signed-in-as")).getText())
                .contains(first)
                .doesNotContain(second);
        assertThat(browser.getCurrentUrl()).doesNotContain("token=");

        browser.findElement(By.id("switch-user-decline")).click();
        wait(WAIT).until(d -> !d.findElement(By.id("switch-user")).isDisplayed());
        browser.navigate().refresh();
        wait(WAIT).until(d -> d.findElement(By.id("signed-in-as")).isDisplayed());
        assertThat(browser.findElement(By.id("signed-in-as")).getText())
                .contains(first)
                .doesNotContain(second);

        browser.get(Api.BASE + "/mentor/#token=" + Api.token(second, "mentor"));
        wait(WAIT).until(d -> d.findElement(By.id("switch-user")).isDisplayed());
        browser.findElement(By.id("switch-user-accept")).click();
        wait(WAIT).until(d -> d.findElement(By.id("signed-in-as")).getText().contains(second));
        assertNoContentSecurityPolicyViolations();
    }

    @Test
    void a_mentor_who_unticks_a_google_permission_is_told_which_one_and_connects_on_the_second_try()
            throws IOException {
        try {
            Simulator.control("/consent", "{\"autoApprove\":false,\"accountEmail\":\"" + account + "\"}");
            signIn(mentor, "mentor");
            wait(WAIT).until(d -> d.findElement(By.id("connect-google")).isDisplayed());
            browser.findElement(By.id("connect-google")).click();

            // Google's consent page (simulated): untick the Calendar events permission, then allow.
            WebElement events = wait(WAIT).until(d -> d.findElement(By.id("scope-0")));
            assertThat(events.getAttribute("value")).endsWith("/auth/calendar.events");
            assertThat(events.isSelected()).isTrue();
            events.click();
            browser.findElement(By.id("approve")).click();

            WebElement problem = wait(WAIT).until(d -> {
                WebElement p = d.findElement(By.id("connect-problem"));
                return p.isDisplayed() ? p : null;
            });
            assertThat(problem.getText())
                    .contains("Google is not connected: a permission is missing")
                    .contains("create and change the events of your sessions in your Google Calendar");
            assertThat(browser.findElement(By.id("status-message")).getAttribute("data-kind"))
                    .isEqualTo("error");
            awaitAttribute("connection-google", "data-status", "NOT_CONNECTED");
            screenshot("missing-permission");

            WebElement retry = browser.findElement(By.id("connect-problem-retry"));
            assertThat(retry.getText()).isEqualTo("Connect Google again");
            retry.click();
            wait(WAIT).until(d -> d.findElement(By.id("approve"))).click();
            awaitAttribute("connection-google", "data-status", "CONNECTED");
            assertThat(browser.findElement(By.id("connect-problem")).isDisplayed())
                    .isFalse();
            assertNoContentSecurityPolicyViolations();
        } catch (AssertionError | RuntimeException e) {
            try {
                screenshot("failure-missing-permission");
            } catch (RuntimeException | IOException screenshotFailed) {
                e.addSuppressed(screenshotFailed);
            }
            throw e;
        }
    }

    @Test
    void a_google_account_with_meet_turned_off_shows_why_it_makes_no_meetings() throws IOException {
        Simulator.control("/accounts", "{\"account\":\"" + account + "\",\"meetTurnedOff\":true}");
        signIn(mentor, "mentor");
        wait(WAIT).until(d -> d.findElement(By.id("connect-google")).isDisplayed());
        browser.findElement(By.id("connect-google")).click();

        awaitAttribute("connection-google", "data-meetings", "off");
        assertThat(browser.findElement(By.id("connection-google")).getAttribute("data-status"))
                .isEqualTo("CONNECTED");
        assertThat(browser.findElement(By.id("connection-google-status")).getText())
                .contains("Google Meet is turned off for this Google account: ask your Workspace admin, or use Zoom");
        assertThat(browser.findElement(By.id("banner-meetings-off-google")).isDisplayed())
                .isTrue();
        assertThat(browser.findElement(By.id("connect-google")).getText()).isEqualTo("Reconnect Google");
        screenshot("meet-turned-off");
        assertNoContentSecurityPolicyViolations();
    }

    @Test
    void the_page_says_only_its_own_words_for_a_connect_error_whatever_the_link_carries() {
        signIn(mentor, "mentor");

        browser.get(Api.BASE + "/mentor/?provider=google&connectError="
                + java.net.URLEncoder.encode("Your account was closed. Call +1 555 0100", StandardCharsets.UTF_8));
        WebElement message = wait(WAIT).until(d -> {
            WebElement m = d.findElement(By.id("status-message"));
            return "error".equals(m.getAttribute("data-kind")) ? m : null;
        });
        assertThat(message.getText())
                .isEqualTo("Google could not be connected: please try again.")
                .doesNotContain("555");

        browser.get(Api.BASE + "/mentor/?provider=zoom&connectError=connect-expired");
        wait(WAIT).until(d -> d.findElement(By.id("status-message")).getText().contains("expired"));
        assertThat(browser.findElement(By.id("status-message")).getText())
                .isEqualTo(
                        "Zoom could not be connected: this connect link expired or was already used; please click connect again.");
    }

    @Test
    void times_show_in_the_viewers_zone_with_its_name_and_the_booked_zone_when_it_differs() throws IOException {
        // The session is booked in Europe/Berlin (16:00-17:00 CET on a December day, see Bookings); the viewer is in
        // New York, where that is 10:00-11:00 Eastern Standard Time.
        String sessionId = Bookings.newSessionId();
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
        java.time.Instant start = java.time.LocalDate.now(berlin)
                .plusDays(10)
                .atTime(16, 0)
                .atZone(berlin)
                .toInstant();
        HttpResponse<String> confirmed = Api.post(
                "/api/booking-events",
                booker,
                Bookings.confirmed(Bookings.newEventId(), sessionId, mentor, mentee, "Time zone check")
                        .replaceAll(
                                "\"startsAt\":\"[^\"]+\",\"endsAt\":\"[^\"]+\"",
                                "\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plusSeconds(3600) + "\""));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        try {
            browser.executeCdpCommand(
                    "Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", "America/New_York"));
            signIn(mentor, "mentor");
            WebElement row = awaitRow(sessionId);
            String when = row.findElement(By.cssSelector(".session-time")).getText();
            assertThat(when)
                    .containsPattern("\\b10:00\\b")
                    .containsPattern("\\b11:00\\b")
                    .contains("Eastern Standard Time")
                    .doesNotContain("16:00")
                    .doesNotContain("4:00");
            String booked =
                    row.findElement(By.cssSelector(".session-booked-time")).getText();
            assertThat(booked)
                    .contains("Europe/Berlin")
                    .containsPattern("16:00|0?4:00\\sPM")
                    .containsPattern("17:00|0?5:00\\sPM")
                    .contains("Central European Standard Time");
            screenshot("times-new-york-viewer");

            browser.executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", "Europe/Berlin"));
            browser.navigate().refresh();
            WebElement same = awaitRow(sessionId);
            assertThat(same.findElement(By.cssSelector(".session-time")).getText())
                    .containsPattern("16:00|0?4:00\\sPM")
                    .contains("Central European Standard Time");
            assertThat(same.findElements(By.cssSelector(".session-booked-time")))
                    .as("no second time in the same zone")
                    .isEmpty();
        } finally {
            browser.executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", ""));
        }
    }

    /** Signs in as in a new tab: without the previous user's token (the page would ask before switching users). */
    private void signIn(String user, String role) {
        browser.get(Api.BASE + "/mentor/");
        browser.executeScript("window.sessionStorage.clear();");
        browser.get(Api.BASE + "/dev-tools/login?user=" + user + "&role=" + role);
        wait(WAIT).until(d -> {
            if (d.getCurrentUrl().contains("/dev-tools/login")) {
                throw new AssertionError("the dev login did not redirect: "
                        + d.findElement(By.tagName("body")).getText());
            }
            return d.findElement(By.id("signed-in-as")).isDisplayed();
        });
        assertThat(browser.getCurrentUrl())
                .as("the token left the address bar")
                .doesNotContain("token=")
                .startsWith(Api.BASE + "/mentor/");
    }

    /** One click on #connect-{provider}; the simulator approves at once and our callback sends the browser back. */
    private ConnectFlow connect(String provider, String name) throws IOException {
        WebElement button = wait(WAIT).until(d -> {
            WebElement b = d.findElement(By.id("connect-" + provider));
            return b.isDisplayed() && b.isEnabled() ? b : null;
        });
        long start = System.nanoTime();
        button.click();
        int clicks = 1;
        wait(WAIT).until(d -> {
            WebElement message = d.findElement(By.id("status-message"));
            if ("error".equals(message.getAttribute("data-kind"))) {
                throw new AssertionError("connecting " + provider + " failed: " + message.getText());
            }
            return "CONNECTED"
                    .equals(d.findElement(By.id("connection-" + provider)).getAttribute("data-status"));
        });
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertThat(browser.findElement(By.id("status-message")).getText()).contains(name + " is connected");
        assertThat(browser.findElement(By.id("connection-" + provider + "-status"))
                        .getText())
                .startsWith("Connected");
        screenshot(provider + "-connected");
        return new ConnectFlow(provider, millis, clicks);
    }

    private String confirmBooking() {
        String sessionId = Bookings.newSessionId();
        HttpResponse<String> confirmed = Api.post(
                "/api/booking-events",
                booker,
                Bookings.confirmed(Bookings.newEventId(), sessionId, mentor, mentee, "Mentor page check"));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        return sessionId;
    }

    /** Waits for the session's real meeting link on the page, pressing Refresh while it is not there yet. */
    private String awaitMeetingUrl(String sessionId) {
        return wait(WAIT).pollingEvery(Duration.ofSeconds(1)).until(d -> {
            List<WebElement> links = d.findElements(By.cssSelector(rowSelector(sessionId) + " a.meeting-url"));
            if (!links.isEmpty()) {
                return links.get(0).getText();
            }
            d.findElement(By.id("refresh-sessions")).click();
            return null;
        });
    }

    /** Reloads the page until the banner shows; the server marks the grant dead while making the second link. */
    private WebElement awaitReconnectBanner() {
        return wait(WAIT).pollingEvery(Duration.ofSeconds(1)).until(d -> {
            d.navigate().refresh();
            wait(Duration.ofSeconds(10))
                    .until(x -> !x.findElement(By.id("connection-zoom"))
                            .getAttribute("data-status")
                            .isEmpty());
            WebElement banner = d.findElement(By.id("reconnect-banner"));
            return banner.isDisplayed() ? banner : null;
        });
    }

    private WebElement awaitRow(String sessionId) {
        return wait(WAIT).until(d -> d.findElement(By.cssSelector(rowSelector(sessionId))));
    }

    private WebElement row(String sessionId) {
        return browser.findElement(By.cssSelector(rowSelector(sessionId)));
    }

    private static String rowSelector(String sessionId) {
        return "#sessions li[data-session-id=\"" + sessionId + "\"]";
    }

    private void awaitAttribute(String id, String attribute, String value) {
        wait(WAIT).until(d -> value.equals(d.findElement(By.id(id)).getAttribute(attribute)));
    }

    private static WebDriverWait wait(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout, Duration.ofMillis(250));
        wait.ignoring(NoSuchElementException.class);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private void assertNoContentSecurityPolicyViolations() {
        List<LogEntry> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getMessage().contains("Content Security Policy"))
                .toList();
        assertThat(violations).as("CSP violations in the browser console").isEmpty();
    }

    private void screenshot(String name) throws IOException {
        Files.write(
                SCREENSHOTS.resolve("mentor-page-%02d-%s.png".formatted(++step, name)),
                browser.getScreenshotAs(OutputType.BYTES));
    }

    private void report(List<ConnectFlow> flows) throws IOException {
        String json = "{\"measuredAt\":\"%s\",\"browser\":\"chromium %s\",\"connectFlows\":[%s]}"
                .formatted(
                        Instant.now(),
                        browser.getCapabilities().getBrowserVersion(),
                        String.join(",", flows.stream().map(ConnectFlow::json).toList()));
        Files.writeString(TARGET.resolve("mentor-page-timing.json"), json + "\n");
        LOG.info(() -> "Mentor page connect flows (click to CONNECTED): "
                + String.join(
                        ", ",
                        flows.stream()
                                .map(f -> f.provider() + " " + f.millis() + " ms in " + f.clicks() + " click(s)")
                                .toList()));
    }
}
