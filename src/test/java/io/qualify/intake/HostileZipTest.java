package io.qualify.intake;

import static io.qualify.intake.Refusals.assertSkipped;
import static io.qualify.intake.Refusals.assertUnreadable;
import static io.qualify.intake.Refusals.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.check.FindingCode;
import io.qualify.document.SourceFile;
import io.qualify.document.Submission;
import io.qualify.document.Submission.IntakeProblem;
import io.qualify.verdict.Decision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: a zip's refused entries are named in the verdict, never dropped, never extracted. */
class HostileZipTest {

    private static final int SYMLINK = 0120777;

    @TempDir
    Path temp;

    private final SubmissionLoader loader = new SubmissionLoader(1024);

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        return Zips.write(temp.resolve(name), entries);
    }

    /** A zip with {@code a.jpg} and, as symbolic links, each of {@code links} (name → target). */
    private Path zipWithLinks(String name, Map<String, String> links) throws IOException {
        Path zip = temp.resolve(name);
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(zip)) {
            z.putArchiveEntry(new ZipArchiveEntry("a.jpg"));
            z.write(bytes("a"));
            z.closeArchiveEntry();
            for (Map.Entry<String, String> link : links.entrySet()) {
                ZipArchiveEntry entry = new ZipArchiveEntry(link.getKey());
                entry.setUnixMode(SYMLINK);
                z.putArchiveEntry(entry);
                z.write(bytes(link.getValue()));
                z.closeArchiveEntry();
            }
        }
        return zip;
    }

    /** Sets the "encrypted" flag (bit 0) of every entry, in its local header and in the central directory. */
    private static void markEncrypted(Path zip) throws IOException {
        byte[] content = Files.readAllBytes(zip);
        for (int i = 0; i + 10 < content.length; i++) {
            if (content[i] == 'P' && content[i + 1] == 'K' && content[i + 2] == 3 && content[i + 3] == 4) {
                content[i + 6] |= 1;
            } else if (content[i] == 'P' && content[i + 1] == 'K' && content[i + 2] == 1 && content[i + 3] == 2) {
                content[i + 8] |= 1;
            }
        }
        Files.write(zip, content);
    }

    private List<Path> workFolder() throws IOException {
        try (Stream<Path> all = Files.walk(temp)) {
            return all.filter(p -> !p.equals(temp)).toList();
        }
    }

    @Test
    void names_a_zip_slip_entry_and_writes_nothing_where_it_points() throws IOException {
        String target = "/tmp/x-" + UUID.randomUUID();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.jpg", bytes("a"));
        entries.put("../../../../tmp/x", bytes("slip"));
        entries.put("../../../.." + target, bytes("slip"));
        Path zip = zip("slip.zip", entries);

        Submission s = loader.load(zip);

        assertThat(s.files()).extracting(SourceFile::name).containsExactly("a.jpg");
        assertSkipped(s, "../../../../tmp/x", "outside the submission's folder");
        assertSkipped(s, "../../../.." + target, "outside the submission's folder");
        assertThat(Path.of(target)).doesNotExist();
        assertThat(workFolder()).containsExactly(zip);
        assertThat(Decision.of(findings(s))).isEqualTo(Decision.APPROVE);
    }

    @Test
    void names_an_absolute_document_path_as_unreadable() throws IOException {
        String folder = "/tmp/qualify-" + UUID.randomUUID();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.jpg", bytes("a"));
        entries.put(folder + "/licence.jpg", bytes("licence"));
        entries.put("/tmp/licence.JPG", bytes("licence"));

        Submission s = loader.load(zip("absolute.zip", entries));

        assertThat(s.files()).extracting(SourceFile::name).containsExactly("a.jpg");
        assertUnreadable(s, folder + "/licence.jpg", "outside the submission's folder");
        assertUnreadable(s, "/tmp/licence.JPG", "outside the submission's folder");
        assertThat(Path.of(folder)).doesNotExist();
        assertThat(Decision.of(findings(s))).isEqualTo(Decision.REJECT);
    }

    @Test
    void names_drive_letters_and_backslashes_as_outside() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.jpg", bytes("a"));
        entries.put("C:/Windows/evil.pdf", bytes("x"));
        entries.put("..\\..\\notes.txt", bytes("x"));

        Submission s = loader.load(zip("windows.zip", entries));

        assertThat(s.files()).extracting(SourceFile::name).containsExactly("a.jpg");
        assertUnreadable(s, "C:/Windows/evil.pdf", "outside the submission's folder");
        // a name without "/" written on DOS/Windows has its backslashes read as folder separators
        assertSkipped(s, "../../notes.txt", "outside the submission's folder");
    }

    @Test
    void refuses_symbolic_link_entries_without_reading_their_target() throws IOException {
        Path zip = zipWithLinks("links.zip", Map.of("passwd.jpg", "/etc/passwd", "shadow", "../../etc/shadow"));

        Submission s = loader.load(zip);

        assertThat(s.files()).extracting(SourceFile::name).containsExactly("a.jpg");
        assertThat(s.files()).extracting(SourceFile::content).noneMatch(c -> new String(c).contains("etc"));
        assertUnreadable(s, "passwd.jpg", "symbolic link");
        assertSkipped(s, "shadow", "symbolic link");
        assertThat(workFolder()).containsExactly(zip);
    }

    @Test
    void names_files_in_nested_folders_and_keeps_those_beside_them() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("acme/a.jpg", bytes("a"));
        entries.put("acme/application.json", bytes("{\"enterpriseName\": \"杭州云语科技有限公司\"}"));
        entries.put("acme/sub/licence.jpg", bytes("licence"));
        entries.put("acme/sub/notes.txt", bytes("notes"));
        entries.put("acme/sub/.DS_Store", bytes("finder"));

        Submission s = loader.load(zip("nested.zip", entries));

        assertThat(s.files()).extracting(SourceFile::name).containsExactly("a.jpg");
        assertThat(s.application().enterpriseName()).isEqualTo("杭州云语科技有限公司");
        assertThat(s.problems()).hasSize(2);
        assertUnreadable(s, "sub/licence.jpg", "subfolder");
        assertSkipped(s, "sub/notes.txt", "subfolder");
    }

    @Test
    void a_slip_entry_does_not_hide_the_single_top_folder() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("acme/a.jpg", bytes("a"));
        entries.put("acme/b.pdf", bytes("b"));
        entries.put("/etc/cron.d/x", bytes("slip"));

        Submission s = loader.load(zip("top.zip", entries));

        assertThat(s.files()).extracting(SourceFile::name).containsExactly("a.jpg", "b.pdf");
        assertSkipped(s, "/etc/cron.d/x", "outside the submission's folder");
    }

    @Test
    void names_the_entries_over_the_limit_and_still_reports_the_archive() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < ZipSubmissions.MAX_ENTRIES; i++) {
            entries.put(String.format("scan-%03d.jpg", i), bytes("x"));
        }
        entries.put("zz-late.jpg", bytes("late"));
        entries.put("zz-notes.txt", bytes("late"));

        Submission s = loader.load(zip("many.zip", entries));

        assertThat(s.files()).hasSize(ZipSubmissions.MAX_ENTRIES);
        assertThat(s.files()).extracting(SourceFile::name).doesNotContain("zz-late.jpg", "zz-notes.txt");
        assertUnreadable(s, "many.zip", "at most " + ZipSubmissions.MAX_ENTRIES + " are read");
        assertUnreadable(s, "zz-late.jpg", "more than " + ZipSubmissions.MAX_ENTRIES + " files");
        assertSkipped(s, "zz-notes.txt", "more than " + ZipSubmissions.MAX_ENTRIES + " files");
        assertThat(s.problems()).hasSize(3);
    }

    @Test
    void names_at_most_a_hundred_refused_entries_and_counts_the_rest() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.jpg", bytes("a"));
        for (int i = 0; i < RefusedEntries.MAX_NAMED + 30; i++) {
            entries.put(String.format("junk/%03d.txt", i), bytes("x"));
        }

        Submission s = loader.load(zip("junk.zip", entries));

        assertThat(s.files()).extracting(SourceFile::name).containsExactly("a.jpg");
        assertThat(s.problems()).hasSize(RefusedEntries.MAX_NAMED + 1)
                .allSatisfy(p -> assertThat(p.kind()).isEqualTo(IntakeProblem.Kind.SKIPPED));
        assertSkipped(s, "junk.zip", "30 more files were refused");
        assertThat(Decision.of(findings(s))).isEqualTo(Decision.APPROVE);
    }

    @Test
    void keeps_a_hostile_name_as_data_cut_and_without_control_characters() throws IOException {
        String longName = "sub/" + "a".repeat(500) + "\n\u202Egpj.txt";

        Submission s = loader.load(zip("names.zip", Map.of("a.jpg", bytes("a"), longName, bytes("x"))));

        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).hasSize(RefusedEntries.MAX_NAME).startsWith("sub/aaa").endsWith("…");
            assertThat(p.kind()).isEqualTo(IntakeProblem.Kind.SKIPPED);
        });
        assertThat(RefusedEntries.shown("x\n\u202Egpj.txt")).isEqualTo("x??gpj.txt");
    }

    @Test
    void keeps_operating_system_litter_silent() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("acme/a.jpg", bytes("a"));
        entries.put("__MACOSX/acme/._a.jpg", bytes("fork"));
        entries.put("acme/.DS_Store", bytes("finder"));
        entries.put("acme/.git/config", bytes("git"));
        entries.put("acme/sub/", new byte[0]);

        Submission s = loader.load(zip("litter.zip", entries));

        assertThat(s.files()).extracting(SourceFile::name).containsExactly("a.jpg");
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void reports_an_encrypted_entry_as_an_archive_that_could_not_be_read() throws IOException {
        Path zip = zip("locked.zip", Map.of("a.jpg", bytes("not really encrypted")));
        markEncrypted(zip);

        Submission s = loader.load(zip);

        assertThat(s.files()).isEmpty();
        assertUnreadable(s, "locked.zip", "could not be read");
        assertThat(findings(s)).extracting(f -> f.code()).containsExactly(FindingCode.DOCUMENT_UNREADABLE);
    }

    @Test
    void tells_names_leading_outside_and_litter() {
        assertThat(List.of("../x", "a/../../x", "/tmp/x", "C:x.jpg", "a\\b.jpg", ".."))
                .allMatch(ZipSubmissions::isOutside);
        assertThat(List.of("a.jpg", "sub/a.jpg", "..a.jpg", "a..b/c.jpg", "./a.jpg"))
                .noneMatch(ZipSubmissions::isOutside);
        assertThat(List.of(".DS_Store", "__MACOSX/a/._b.jpg", "a/.git/config")).allMatch(SubmissionLoader::isLitter);
        assertThat(List.of("a.jpg", "sub/a.jpg", "./a.jpg", "../x")).noneMatch(SubmissionLoader::isLitter);
    }
}
