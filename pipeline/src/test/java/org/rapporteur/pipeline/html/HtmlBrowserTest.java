package org.rapporteur.pipeline.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.rapporteur.format.html.HtmlWriter;
import org.rapporteur.model.Document;
import org.rapporteur.model.Field;
import org.rapporteur.model.Formula;
import org.rapporteur.model.Language;
import org.rapporteur.model.Metadata;
import org.rapporteur.model.Note;
import org.rapporteur.model.NoteRef;
import org.rapporteur.model.Operative;
import org.rapporteur.model.Preambular;
import org.rapporteur.model.Text;
import org.rapporteur.pipeline.Golden;
import org.rapporteur.pipeline.cli.Main;

/**
 * The HTML pages in a real browser: Debian's chromium through its chromedriver (both installed by
 * {@code .ci/run}; nothing is downloaded at test time). A footnote link lands on its note and the note's
 * link back on the reference; an Arabic page reads right to left; the batch index links every output.
 */
class HtmlBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static ChromeDriver browser;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "chromium and chromium-driver are absent (.ci/run installs them): test skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--allow-file-access-from-files");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static String hash() {
        return (String) js("return location.hash");
    }

    private static String target() {
        return (String) js("var t = document.querySelector(':target'); return t ? t.id : null");
    }

    @Test
    void aFootnoteLinkLandsOnItsNoteAndBack() throws Exception {
        Path out = tmp.resolve("notes");
        assertThat(Main.run("convert", Golden.SEEDS.resolve("000_2f97a463d2083d74.txt").toString(), "-o",
                out.resolve("page.html").toString(), "-q")).isZero();
        browser.get(out.resolve("page.html").toUri().toString());
        WebElement ref = browser.findElement(By.cssSelector("a[role=doc-noteref]"));
        String number = ref.getText();
        ref.click();
        assertThat(hash()).isEqualTo("#fn-" + number);
        assertThat(target()).isEqualTo("fn-" + number);
        assertThat(browser.findElement(By.id("fn-" + number)).getText()).isNotBlank();
        browser.findElement(By.cssSelector("#fn-" + number + " a[role=doc-backlink]")).click();
        assertThat(hash()).isEqualTo("#fnref-" + number);
        assertThat(target()).isEqualTo("fnref-" + number);
        // and the paragraphs have their anchors
        assertThat(browser.findElements(By.cssSelector("p.preambular[id^=pre-]"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("div.operative#op-1"))).hasSize(1);
    }

    @Test
    void anArabicPageReadsRightToLeft() throws Exception {
        Note note = new Note("1", List.of(new Text("القرار 70/1.")));
        Document d = Document.of(Metadata.EMPTY.withLanguage(Language.ARABIC).with(Field.NUMBER, "78/10")
                .with(Field.TITLE, "العنوان"), List.of(new Formula("إن الجمعية العامة،"),
                new Preambular(List.of(new Text("إذ تشير إلى قرارها"), new NoteRef(note))),
                new Operative("1", List.of(new Text("تقرر أن تواصل النظر في المسألة.")), List.of())));
        Path page = tmp.resolve("ar.html");
        try (var out = Files.newOutputStream(page)) {
            new HtmlWriter().write(d, out);
        }
        assertThat(NuChecker.errors(Files.readAllBytes(page))).isEmpty();
        browser.get(page.toUri().toString());
        assertThat(js("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
        assertThat(js("return getComputedStyle(document.querySelector('#op-1')).direction")).isEqualTo("rtl");
        assertThat(js("return document.documentElement.lang")).isEqualTo("ar");
    }

    @Test
    void theIndexListsEveryConvertedFileAndItsLinksWork() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        for (Path seed : List.of(Golden.SEEDS.resolve("001_aa87c640297f2ec5.txt"), Golden.SEEDS.resolve("002_080b69fca23ebe93.txt"))) {
            Files.copy(seed, in.resolve(seed.getFileName()));
        }
        Files.copy(Golden.FIXTURES.resolve("en_recorded_vote.txt"), in.resolve("sub/vote one.txt"));
        Files.write(in.resolve("broken.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        Files.writeString(in.resolve("notes.odt"), "not read");
        Path out = tmp.resolve("site");
        assertThat(Main.run("convert", in.toString(), "-o", out.toString(), "--formats", "md,akn,html", "-q")).isEqualTo(1);

        Set<String> expected = new TreeSet<>();
        for (JsonNode e : new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("entries")) {
            if (e.get("status").asText().equals("converted")) {
                e.get("outputs").fieldNames().forEachRemaining(expected::add);
            }
        }
        assertThat(expected).hasSize(9);
        assertThat(NuChecker.errors(Files.readAllBytes(out.resolve("index.html")))).isEmpty();
        browser.get(out.resolve("index.html").toUri().toString());
        Set<String> linked = new TreeSet<>();
        List<String> hrefs = new ArrayList<>();
        for (WebElement a : browser.findElements(By.cssSelector("tbody a"))) {
            hrefs.add(a.getAttribute("href"));
            linked.add(out.toUri().relativize(java.net.URI.create(a.getAttribute("href"))).getPath());
        }
        assertThat(linked).isEqualTo(expected);
        for (String href : hrefs) {
            assertThat(new File(java.net.URI.create(href))).as(href).isFile();
        }
        assertThat(browser.findElements(By.cssSelector("tbody tr"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector("tbody")).getText()).doesNotContain("broken").doesNotContain("notes.odt");
    }
}
