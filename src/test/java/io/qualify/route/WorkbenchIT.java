package io.qualify.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qualify.text.IdNumbers;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reviewers' workbench in a real browser: Debian's headless Chromium, driven through Selenium with
 * the driver's path given (nothing is downloaded), against a running service with a token. It logs in,
 * lists, filters and searches the verdicts, opens a report and sees the overlays (an element per seal
 * and per card), records a decision on the verdict left to a person and sees it in the list and the API.
 * Screenshots go to {@code target/workbench/}. Then every page served and every file the service and a
 * {@code review --out} batch wrote is scanned: no full resident ID number is found in any of them.
 * Skipped, with the reason, where Chromium or its driver is not installed.
 */
class WorkbenchIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/workbench");
    private static final String TOKEN = "workbench-token-" + Long.toString(System.nanoTime(), 36);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Any 18 characters shaped as a resident ID number; {@link IdNumbers#isValid} then keeps the real ones. */
    private static final Pattern ID_SHAPED = Pattern.compile("(?<![0-9])\\d{17}[0-9Xx](?![0-9])");

    @TempDir
    Path temp;

    @BeforeAll
    static void chromiumInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Chromium and chromium-driver are not installed (/usr/bin/chromium, /usr/bin/chromedriver): bin/setup installs them");
    }

    @Test
    @Timeout(900)
    void a_reviewer_lists_filters_searches_opens_a_report_and_decides_the_one_left_to_a_person() throws Exception {
        Path data = temp.resolve("data");
        Map<String, byte[]> submissions = Map.of("workbench-clean", sample("samples/01-clean-landscape", null),
                "workbench-person", sample("samples/03-clean-old-style-lowres", holidayPhoto()));
        try (ServiceProcess node = ServiceProcess.start("workbench", data, Map.of("QUALIFY_SERVICE_API_TOKEN", TOKEN))
                .awaitUp(Duration.ofSeconds(90))) {
            for (Map.Entry<String, byte[]> s : submissions.entrySet()) {
                ServiceProcess.drop(data.resolve("inbox"), s.getKey(), s.getValue());
            }
            ServiceProcess.awaitTrue(Duration.ofSeconds(600), () -> submissions.keySet().stream()
                    .allMatch(n -> Files.exists(data.resolve("verdicts").resolve(n + ".json"))), "both verdicts");
            assertThat(decision(data, "workbench-clean")).isEqualTo("APPROVE");
            assertThat(decision(data, "workbench-person")).as("a picture that is no document is left to a person")
                    .isEqualTo("MANUAL_REVIEW");
            String enterprise = JSON.readTree(Files.readString(Path.of("samples/01-clean-landscape/application.json")))
                    .get("enterpriseName").asText();

            WebDriver browser = chromium();
            try {
                Files.createDirectories(SHOTS);
                // without the token the dashboard sends the browser to log in
                browser.get(node.url("/"));
                assertThat(browser.getCurrentUrl()).endsWith("/login");
                browser.findElement(By.name("token")).sendKeys(TOKEN);
                browser.findElement(By.cssSelector("form")).submit();
                waitFor(browser, () -> !browser.findElements(By.id("verdicts")).isEmpty());

                // the list: the verdict awaiting a person comes first, with its deadline
                List<WebElement> rows = browser.findElements(By.cssSelector("#verdicts .row"));
                assertThat(rows).hasSize(2);
                assertThat(rows.get(0).getText()).contains("workbench-person", "MANUAL_REVIEW");
                shoot(browser, "dashboard.png");

                // filter by decision (in the page)
                new Select(browser.findElement(By.id("filter-decision"))).selectByValue("APPROVE");
                assertThat(visibleRows(browser)).singleElement().asString().contains("workbench-clean");
                new Select(browser.findElement(By.id("filter-decision"))).selectByValue("");
                assertThat(visibleRows(browser)).hasSize(2);

                // search by enterprise name (on the server)
                search(browser, "no such enterprise anywhere");
                assertThat(browser.findElements(By.cssSelector("#verdicts .row"))).isEmpty();
                search(browser, enterprise.substring(0, 4));
                assertThat(browser.findElements(By.cssSelector("#verdicts .row"))).singleElement().extracting(WebElement::getText)
                        .asString().contains("workbench-clean");

                // open the clean one's report: an element per seal and per card drawn over its pages
                browser.findElement(By.linkText("workbench-clean")).click();
                waitFor(browser, () -> !browser.findElements(By.cssSelector("svg")).isEmpty());
                JsonNode clean = JSON.readTree(Files.readString(data.resolve("verdicts/workbench-clean.json")));
                assertThat(browser.findElements(By.cssSelector(".mark-seal"))).hasSize(seals(clean));
                assertThat(browser.findElements(By.cssSelector(".mark-card"))).hasSizeGreaterThanOrEqualTo(2);
                assertThat(scripts(browser)).noneMatch(s -> s.contains("alert("));
                shoot(browser, "verdict.png");

                // decide the one left to a person: a rejection with its code and reason
                browser.get(node.url("/"));
                browser.findElement(By.linkText("workbench-person")).click();
                WebElement form = browser.findElement(By.id("decide"));
                form.findElement(By.name("reviewer")).sendKeys("王审核");
                new Select(form.findElement(By.name("decision"))).selectByValue("REJECT");
                new Select(form.findElement(By.name("code"))).selectByValue("DOCUMENT_UNRECOGNISED");
                form.findElement(By.name("reason")).sendKeys("the extra picture is a holiday photo, not a document");
                form.submit();
                waitFor(browser, () -> !browser.findElements(By.cssSelector(".reviewer-decision")).isEmpty());
                assertThat(browser.findElement(By.cssSelector(".reviewer-decision")).getText())
                        .contains("王审核", "REJECT", "holiday photo");
                shoot(browser, "decided.png");

                // ...shown in the list and returned by the API, beside the machine's verdict
                browser.get(node.url("/"));
                assertThat(browser.findElements(By.cssSelector("#verdicts .row")).stream().map(WebElement::getText)
                        .filter(t -> t.contains("workbench-person")).findFirst().orElseThrow()).contains("REJECT", "王审核");
                String id = JSON.readTree(node.get("/api/submissions").body()).findValuesAsText("id").stream()
                        .filter(i -> {
                            try {
                                return JSON.readTree(node.get("/api/submissions/" + i).body()).get("submission").asText()
                                        .equals("workbench-person");
                            } catch (IOException e) {
                                return false;
                            }
                        }).findFirst().orElseThrow();
                JsonNode verdict = JSON.readTree(node.get("/api/submissions/" + id).body());
                assertThat(verdict.get("decision").asText()).isEqualTo("MANUAL_REVIEW");
                assertThat(verdict.get("reviewerDecisions").get(0).get("code").asText()).isEqualTo("DOCUMENT_UNRECOGNISED");
                assertThat(node.getWithoutToken("/api/submissions/" + id).statusCode()).isEqualTo(401);

                // no full ID number in any page served...
                List<String> served = new ArrayList<>(List.of(node.get("/").body(), node.get("/api/submissions").body()));
                for (String each : JSON.readTree(node.get("/api/submissions").body()).findValuesAsText("id")) {
                    served.add(node.get("/reports/" + each).body());
                    served.add(node.get("/api/submissions/" + each).body());
                }
                assertThat(served).allSatisfy(page -> assertThat(fullIdNumbers(page)).isEmpty());
            } finally {
                browser.quit();
            }
        }
        // ...nor in any file the service wrote (its inputs kept as given aside)
        assertThat(filesWithIdNumbers(data, List.of("inbox", "archive", "failed", "work"))).isEmpty();

        // ...nor in a batch's pages and verdicts
        Path out = temp.resolve("batch");
        Process review = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Djava.awt.headless=true", "-jar", "target/qualify.jar", "review", "--out", out.toString(),
                "samples/01-clean-landscape", "samples/11-id-expired").redirectErrorStream(true)
                .redirectOutput(temp.resolve("batch.log").toFile()).start();
        assertThat(review.waitFor()).as(Files.readString(temp.resolve("batch.log"))).isZero();
        assertThat(out.resolve("index.html")).exists();
        assertThat(filesWithIdNumbers(out, List.of())).isEmpty();
        assertThat(filesWithIdNumbers(temp, List.of("data", "batch"))).as("the service's and the batch's logs").isEmpty();
    }

    private static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,2000",
                "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static void search(WebDriver browser, String text) {
        WebElement box = browser.findElement(By.id("search"));
        box.clear();
        box.sendKeys(text);
        box.submit();
        waitFor(browser, () -> browser.getCurrentUrl().contains("q="));
    }

    private static List<String> visibleRows(WebDriver browser) {
        return browser.findElements(By.cssSelector("#verdicts .row")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).toList();
    }

    private static List<String> scripts(WebDriver browser) {
        return browser.findElements(By.tagName("script")).stream().map(s -> s.getAttribute("innerHTML")).toList();
    }

    private static void waitFor(WebDriver browser, BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
    }

    private static void shoot(WebDriver browser, String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String decision(Path data, String name) throws IOException {
        return JSON.readTree(Files.readString(data.resolve("verdicts").resolve(name + ".json"))).get("decision").asText();
    }

    /** The seals the verdict lists over all its documents. */
    private static int seals(JsonNode verdict) {
        int count = 0;
        for (JsonNode document : verdict.get("documents")) {
            JsonNode seals = document.path("evidence").path("seals");
            count += seals.isArray() ? seals.size() : 0;
        }
        return count;
    }

    /** Every valid resident ID number written out in full in {@code text}. */
    static List<String> fullIdNumbers(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = ID_SHAPED.matcher(text);
        while (m.find()) {
            if (IdNumbers.isValid(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }

    /** The files under {@code root} (skipping the named top folders) holding a full ID number, with it. */
    static List<String> filesWithIdNumbers(Path root, List<String> skipped) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = root.relativize(file);
                if (relative.getNameCount() > 1 && skipped.contains(relative.getName(0).toString())) {
                    continue;
                }
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                fullIdNumbers(text).forEach(n -> found.add(relative + ": " + IdNumbers.mask(n)));
            }
        }
        return found;
    }

    /** A sample's files as a zip, with {@code extra} added as {@code photo.png} when given. */
    private static byte[] sample(String folder, byte[] extra) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.list(Path.of(folder))) {
            for (Path file : files.sorted().toList()) {
                zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                zip.write(Files.readAllBytes(file));
            }
            if (extra != null) {
                zip.putNextEntry(new ZipEntry("photo.png"));
                zip.write(extra);
            }
        }
        return bytes.toByteArray();
    }

    /** A picture that is no document, whose words are markup: it must be shown as text, never run. */
    private static byte[] holidayPhoto() throws IOException {
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(120, 170, 220));
        g.fillRect(0, 0, 1200, 800);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 56));
        g.drawString("Holiday at the seaside", 80, 200);
        g.drawString("<script>alert(1)</script>", 80, 400);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
