package io.qualify.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qualify.document.Application;
import io.qualify.document.SourceFile;
import io.qualify.document.Submission;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionLoaderTest {

    private static final String FORM = """
            {"applicationId": "A2026-000123", "enterpriseName": "杭州云语科技有限公司",
             "creditCode": "91330106MA2H3XYZ7Q", "adminIdNumber": "330106199001011234",
             "somethingNew": {"ignored": true}}
            """;

    @TempDir
    Path temp;

    private final SubmissionLoader loader = new SubmissionLoader(1024);

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Path dir, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
        }
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        return Zips.write(temp.resolve(name), entries);
    }

    private static Map<String, byte[]> typical(String prefix) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(prefix + "scan-2.png", bytes("png bytes"));
        files.put(prefix + "scan-1.jpg", bytes("jpeg bytes"));
        files.put(prefix + "application.json", bytes(FORM));
        files.put(prefix + "READY", new byte[0]);
        files.put(prefix + ".DS_Store", bytes("finder"));
        return files;
    }

    private static void assertTypical(Submission s) {
        assertThat(s.files()).extracting(SourceFile::name).containsExactly("scan-1.jpg", "scan-2.png");
        assertThat(s.files().get(0).content()).isEqualTo(bytes("jpeg bytes"));
        assertThat(s.files().get(0).size()).isEqualTo(bytes("jpeg bytes").length);
        assertThat(s.application().applicationId()).isEqualTo("A2026-000123");
        assertThat(s.application().enterpriseName()).isEqualTo("杭州云语科技有限公司");
        assertThat(s.application().creditCode()).isEqualTo("91330106MA2H3XYZ7Q");
        assertThat(s.application().adminIdNumber()).isEqualTo("330106199001011234");
        assertThat(s.application().adminName()).isNull();
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void loads_a_directory_with_documents_at_its_root() throws IOException {
        Path dir = temp.resolve("acme-001");
        write(dir, typical(""));

        Submission s = loader.load(dir);

        assertThat(s.name()).isEqualTo("acme-001");
        assertTypical(s);
    }

    @Test
    void loads_a_directory_whose_documents_sit_in_a_single_top_folder() throws IOException {
        Path dir = temp.resolve("acme-002");
        write(dir, typical("inner/"));
        Files.write(dir.resolve(".hidden"), bytes("x"));

        Submission s = loader.load(dir);

        assertThat(s.name()).isEqualTo("acme-002");
        assertTypical(s);
    }

    @Test
    void finds_the_single_top_folder_beside_a_ready_marker() throws IOException {
        Path dir = temp.resolve("acme-005");
        write(dir, typical("inner/"));
        Files.write(dir.resolve("READY"), new byte[0]);

        Submission s = loader.load(dir);

        assertTypical(s);
    }

    @Test
    void loads_a_directory_without_a_form() throws IOException {
        Path dir = temp.resolve("bare");
        write(dir, Map.of("a.pdf", bytes("%PDF")));

        Submission s = loader.load(dir);

        assertThat(s.application()).isEqualTo(Application.EMPTY);
        assertThat(s.files()).extracting(SourceFile::name).containsExactly("a.pdf");
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void reports_a_malformed_form_as_a_problem_and_keeps_the_documents() throws IOException {
        Path dir = temp.resolve("broken-form");
        write(dir, Map.of("application.json", bytes("{\"enterpriseName\": \"杭州"), "a.jpg", bytes("x")));

        Submission s = loader.load(dir);

        assertThat(s.application()).isEqualTo(Application.EMPTY);
        assertThat(s.files()).extracting(SourceFile::name).containsExactly("a.jpg");
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("application.json");
            assertThat(p.reason()).contains("JSON");
        });
    }

    @Test
    void lists_an_oversize_file_without_its_bytes() throws IOException {
        Path dir = temp.resolve("big");
        write(dir, Map.of("huge.jpg", new byte[2000], "small.jpg", new byte[1024]));

        Submission s = loader.load(dir);

        assertThat(s.files()).hasSize(2);
        SourceFile huge = s.files().get(0);
        assertThat(huge.name()).isEqualTo("huge.jpg");
        assertThat(huge.content()).isNull();
        assertThat(huge.loaded()).isFalse();
        assertThat(huge.size()).isEqualTo(2000);
        assertThat(s.files().get(1).loaded()).isTrue();
        assertThat(s.files().get(1).content()).hasSize(1024);
    }

    @Test
    void refuses_a_path_that_is_neither_directory_nor_zip() throws IOException {
        Path file = Files.write(temp.resolve("notes.txt"), bytes("hello"));

        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> loader.load(temp.resolve("missing"))).isInstanceOf(IOException.class);
    }

    @Test
    void loads_a_zip_with_documents_at_its_root_named_without_the_extension() throws IOException {
        Submission s = loader.load(zip("acme-003.zip", typical("")));

        assertThat(s.name()).isEqualTo("acme-003");
        assertTypical(s);
    }

    @Test
    void loads_a_zip_whose_documents_sit_in_a_single_top_folder() throws IOException {
        Map<String, byte[]> entries = typical("acme/");
        entries.put("__MACOSX/acme/._scan-1.jpg", bytes("resource fork"));
        entries.put("acme/.hidden", bytes("x"));

        Submission s = loader.load(zip("acme-004.ZIP", entries));

        assertThat(s.name()).isEqualTo("acme-004");
        assertTypical(s);
    }

    @Test
    void reads_no_file_nested_deeper_than_the_submission_root_in_a_zip_and_names_it() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.jpg", bytes("a"));
        entries.put("old/b.jpg", bytes("b"));

        Submission s = loader.load(zip("nested.zip", entries));

        assertThat(s.files()).extracting(SourceFile::name).containsExactly("a.jpg");
        assertThat(s.problems()).extracting(Submission.IntakeProblem::file).containsExactly("old/b.jpg");
    }

    @Test
    void reports_a_malformed_form_inside_a_zip() throws IOException {
        Submission s = loader.load(zip("bad-form.zip", Map.of("application.json", bytes("not json"), "a.jpg", bytes("x"))));

        assertThat(s.application()).isEqualTo(Application.EMPTY);
        assertThat(s.files()).hasSize(1);
        assertThat(s.problems()).extracting(p -> p.file()).containsExactly("application.json");
    }

    @Test
    void lists_an_oversize_zip_entry_without_its_bytes() throws IOException {
        Submission s = loader.load(zip("big.zip", Map.of("huge.jpg", new byte[5000])));

        assertThat(s.files()).singleElement().satisfies(f -> {
            assertThat(f.loaded()).isFalse();
            assertThat(f.size()).isGreaterThan(1024);
        });
    }

    @Test
    void reports_a_corrupt_zip_as_a_problem_without_throwing() throws IOException {
        Path corrupt = Files.write(temp.resolve("broken.zip"), bytes("PK\u0003\u0004 this is not really a zip"));

        Submission s = loader.load(corrupt);

        assertThat(s.name()).isEqualTo("broken");
        assertThat(s.files()).isEmpty();
        assertThat(s.application()).isEqualTo(Application.EMPTY);
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("broken.zip");
            assertThat(p.reason()).isNotBlank();
        });
    }
}
