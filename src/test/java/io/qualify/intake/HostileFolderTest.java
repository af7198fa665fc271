package io.qualify.intake;

import static io.qualify.intake.Refusals.assertSkipped;
import static io.qualify.intake.Refusals.assertUnreadable;
import static io.qualify.intake.Refusals.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.qualify.document.SourceFile;
import io.qualify.document.Submission;
import io.qualify.verdict.Decision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: a submission folder's refused entries are named, and no symbolic link is ever followed. */
class HostileFolderTest {

    private static final byte[] SECRET = "root:x:0:0:SECRET".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path temp;

    private final SubmissionLoader loader = new SubmissionLoader(1024);
    private Path outside;
    private Path submission;

    @BeforeEach
    void lay_out() throws IOException {
        outside = Files.createDirectories(temp.resolve("outside"));
        Files.write(outside.resolve("passwd.jpg"), SECRET);
        Files.write(outside.resolve("passwd"), SECRET);
        submission = Files.createDirectories(temp.resolve("acme"));
        Files.write(submission.resolve("a.jpg"), "a".getBytes(StandardCharsets.UTF_8));
    }

    private static void assertSecretNeverRead(Submission s) {
        assertThat(s.files()).extracting(SourceFile::content).noneMatch(c -> new String(c).contains("SECRET"));
    }

    @Test
    void refuses_symbolic_links_without_reading_their_target() throws IOException {
        Files.createSymbolicLink(submission.resolve("licence.jpg"), outside.resolve("passwd.jpg"));
        Files.createSymbolicLink(submission.resolve("passwd"), outside.resolve("passwd"));

        Submission s = loader.load(submission);

        assertThat(s.files()).extracting(SourceFile::name).containsExactly("a.jpg");
        assertSecretNeverRead(s);
        assertUnreadable(s, "licence.jpg", "symbolic link");
        assertSkipped(s, "passwd", "symbolic link");
    }

    @Test
    void names_files_in_nested_folders_and_keeps_those_beside_them() throws IOException {
        Path sub = Files.createDirectories(submission.resolve("sub"));
        Files.write(sub.resolve("licence.jpg"), "licence".getBytes(StandardCharsets.UTF_8));
        Files.write(sub.resolve("notes.txt"), "notes".getBytes(StandardCharsets.UTF_8));
        Files.write(sub.resolve(".DS_Store"), "finder".getBytes(StandardCharsets.UTF_8));
        Files.createSymbolicLink(sub.resolve("link.pdf"), outside.resolve("passwd.jpg"));

        Submission s = loader.load(submission);

        assertThat(s.files()).extracting(SourceFile::name).containsExactly("a.jpg");
        assertThat(s.problems()).hasSize(3);
        assertUnreadable(s, "sub/licence.jpg", "subfolder");
        assertSkipped(s, "sub/notes.txt", "subfolder");
        assertUnreadable(s, "sub/link.pdf", "symbolic link");
        assertSecretNeverRead(s);
    }

    @Test
    void a_linked_top_folder_is_refused_not_entered() throws IOException {
        Path linked = Files.createDirectories(temp.resolve("linked"));
        Files.createSymbolicLink(linked.resolve("inner"), outside);

        Submission s = loader.load(linked);

        assertThat(s.files()).isEmpty();
        assertSkipped(s, "inner", "symbolic link");
        assertThat(Decision.of(findings(s))).isEqualTo(Decision.APPROVE);
    }

    @Test
    void keeps_operating_system_litter_and_the_ready_marker_silent() throws IOException {
        Files.createDirectories(submission.resolve("__MACOSX"));
        Files.write(submission.resolve("__MACOSX").resolve("._a.jpg"), new byte[1]);
        Files.createDirectories(submission.resolve(".git"));
        Files.write(submission.resolve(".git").resolve("config"), new byte[1]);
        Files.write(submission.resolve(".DS_Store"), new byte[1]);
        Files.write(submission.resolve("READY"), new byte[0]);

        Submission s = loader.load(submission);

        assertThat(s.files()).extracting(SourceFile::name).containsExactly("a.jpg");
        assertThat(s.problems()).isEmpty();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void refuses_a_pipe_instead_of_waiting_on_it() throws IOException, InterruptedException {
        Path pipe = submission.resolve("scan.jpg");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo is not available here");

        Submission s = loader.load(submission);

        assertThat(s.files()).extracting(SourceFile::name).containsExactly("a.jpg");
        assertUnreadable(s, "scan.jpg", "not an ordinary file");
    }
}
