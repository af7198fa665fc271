package io.qualify.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.Submission;
import io.qualify.intake.Inbox;
import io.qualify.intake.SubmissionLoader;
import io.qualify.pipeline.Reviewer;
import io.qualify.report.VerdictFiles;
import io.qualify.verdict.Database;
import io.qualify.verdict.Verdict;
import io.qualify.verdict.VerdictStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The upload directory end to end through the processing route, with a fake reviewer (no OCR). */
class InboxRouteTest extends CamelTestSupport {

    private static final long TIMEOUT_SECONDS = 20;

    private final AtomicInteger reviews = new AtomicInteger();
    private Path data;
    private Database database;
    private VerdictStore store;

    @Override
    protected RoutesBuilder[] createRouteBuilders() throws Exception {
        data = Files.createTempDirectory("qualify-inbox-test");
        database = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null, 3);
        store = new VerdictStore(database.dataSource(), Clock.systemDefaultZone());
        Reviewer fake = this::approve;
        ReviewSteps steps = new ReviewSteps(fake, new SubmissionLoader(1 << 20), store, new VerdictFiles(data), "test", 3);
        return new RoutesBuilder[] {new ProcessingRoute(steps), new InboxRoute(new Inbox(data, 1 << 20), 2, 50, 200)};
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    @Test
    void a_dropped_zip_gets_its_verdict_stored_and_written_and_is_archived() throws IOException {
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("inbox-*").whenCompleted(1).create();

        zip(data.resolve("inbox/acme.zip"), "licence.jpg", "acme");

        assertThat(done.matches(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(data.resolve("verdicts/acme.json")).content().contains("\"submission\" : \"acme\"", "APPROVE");
        assertThat(data.resolve("reports/acme.html")).exists();
        assertThat(data.resolve("archive/acme.zip")).exists();
        assertThat(data.resolve("inbox/acme.zip")).doesNotExist();
        assertThat(store.list(10)).singleElement().satisfies(v -> assertThat(v.submission()).isEqualTo("acme"));
    }

    @Test
    void a_folder_is_taken_once_it_holds_READY() throws IOException {
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("inbox-*").whenCompleted(1).create();
        Path folder = Files.createDirectories(data.resolve("inbox/beta"));
        Files.writeString(folder.resolve("licence.jpg"), "beta");

        Files.createFile(folder.resolve("READY"));

        assertThat(done.matches(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(data.resolve("verdicts/beta.json")).exists();
        assertThat(data.resolve("archive/beta/licence.jpg")).exists();
    }

    @Test
    void what_is_not_a_zip_is_set_aside_with_its_reason() throws IOException {
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("inbox-*").whenCompleted(1).create();

        Files.writeString(data.resolve("inbox/notes.zip"), "just text");

        assertThat(done.matches(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(data.resolve("failed/notes.zip")).exists();
        assertThat(data.resolve("failed/notes.zip.reason.txt")).content().contains("not a zip");
        assertThat(store.list(10)).isEmpty();
        assertThat(reviews).hasValue(0);
    }

    @Test
    void a_zip_linked_into_the_inbox_is_set_aside_unread() throws IOException {
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("inbox-*").whenCompleted(1).create();
        Path outside = Files.createTempDirectory("qualify-outside");
        zip(outside.resolve("elsewhere.zip"), "licence.jpg", "elsewhere");

        Files.createSymbolicLink(data.resolve("inbox/linked.zip"), outside.resolve("elsewhere.zip"));

        assertThat(done.matches(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(data.resolve("failed/linked.zip")).isSymbolicLink();
        assertThat(data.resolve("failed/linked.zip.reason.txt")).content().contains("symbolic link", "never followed");
        assertThat(outside.resolve("elsewhere.zip")).isRegularFile();
        assertThat(reviews).hasValue(0);
        assertThat(store.list(10)).isEmpty();
    }

    @Test
    void a_folder_linked_into_the_inbox_is_set_aside_unread() throws IOException {
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("inbox-*").whenCompleted(1).create();
        Path outside = Files.createTempDirectory("qualify-outside");
        Files.writeString(outside.resolve("licence.jpg"), "elsewhere");
        Files.createFile(outside.resolve("READY"));

        Files.createSymbolicLink(data.resolve("inbox/delta"), outside);

        assertThat(done.matches(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(data.resolve("failed/delta")).isSymbolicLink();
        assertThat(data.resolve("failed/delta.reason.txt")).content().contains("symbolic link");
        assertThat(outside.resolve("licence.jpg")).isRegularFile();
        assertThat(reviews).hasValue(0);
        assertThat(store.list(10)).isEmpty();
    }

    @Test
    void the_same_content_twice_is_reviewed_once() throws IOException {
        NotifyBuilder first = new NotifyBuilder(context).fromRoute("inbox-*").whenCompleted(1).create();
        zip(data.resolve("inbox/gamma.zip"), "licence.jpg", "gamma");
        assertThat(first.matches(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        NotifyBuilder second = new NotifyBuilder(context).fromRoute("inbox-*")
                .whenAnyDoneMatches(e -> e.getMessage().getBody() instanceof ReviewSteps.Reviewed r && r.reused()).create();

        Files.copy(data.resolve("archive/gamma.zip"), data.resolve("inbox/gamma.zip"));

        assertThat(second.matches(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(reviews).hasValue(1);
        assertThat(store.list(10)).hasSize(1);
        assertThat(data.resolve("inbox/gamma.zip")).doesNotExist();
    }

    private Verdict approve(Submission submission) {
        reviews.incrementAndGet();
        return new Verdict(submission.name(), null, List.of(), List.of(), OffsetDateTime.now(), "fake", 1);
    }

    private static void zip(Path target, String entry, String content) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName());
        try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Files.move(temp, target);
    }
}
