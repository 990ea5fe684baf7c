package org.meetlinks.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.out.OutgoingNotification;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Looks at every email kind: renders its HTML part in headless Chromium (Debian's chromium and chromium-driver, as the
 * mentor-page test does), at a desktop mail client's width and a phone's, keeps the pages and screenshots in
 * {@code target/email-screenshots/}, and checks what a reader would notice: nothing wider than the screen, the
 * links in place.
 */
class EmailScreenshotsTest {
    private static final Path OUT = Path.of("target", "email-screenshots");
    private static final int DESKTOP = 800;
    private static final int PHONE = 360;

    private static Path profile;
    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        profile = Files.createTempDirectory("email-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--user-data-dir=" + profile.toAbsolutePath());
        browser = new ChromeDriver(options);
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void every_email_kind_fits_a_phone_screen_and_keeps_its_links() throws IOException {
        Map<String, OutgoingNotification> samples = new java.util.LinkedHashMap<>(EmailSamples.everyKind());
        samples.putAll(EmailSamples.longWorded());
        for (Map.Entry<String, OutgoingNotification> sample : samples.entrySet()) {
            String name = sample.getKey();
            EmailContent content = NotificationTexts.render(sample.getValue());
            Path page = OUT.resolve(name + ".html");
            Files.writeString(page, content.html(), StandardCharsets.UTF_8);
            Files.writeString(
                    OUT.resolve(name + ".txt"),
                    "Subject: " + content.subject() + "\n\n" + content.text(),
                    StandardCharsets.UTF_8);
            for (int width : List.of(DESKTOP, PHONE)) {
                browser.manage().window().setSize(new Dimension(width, 900));
                browser.get(page.toAbsolutePath().toUri().toString());
                long overflow = (Long) browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                Files.write(OUT.resolve(name + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
                assertThat(overflow)
                        .as("%s at %d px: content wider than the screen by %d px", name, width, overflow)
                        .isLessThanOrEqualTo(0);
            }
            List<WebElement> links = browser.findElements(By.tagName("a"));
            assertThat(links)
                    .as(name + ": links lead to https pages and show")
                    .allSatisfy(a -> assertThat(a.getAttribute("href")).startsWith("https://"))
                    .allSatisfy(a -> assertThat(a.isDisplayed()).isTrue());
        }
    }
}
