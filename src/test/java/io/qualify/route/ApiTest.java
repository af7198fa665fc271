package io.qualify.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.intake.Contents;
import io.qualify.intake.Inbox;
import io.qualify.verdict.Database;
import io.qualify.verdict.VerdictStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTest {

    @TempDir
    Path data;

    private Database database;
    private Api api;

    @BeforeEach
    void open() throws IOException {
        database = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null, 2);
        api = new Api(new Inbox(data, 1024), new VerdictStore(database.dataSource(), Clock.systemDefaultZone()), 1024, "test");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void an_upload_goes_into_the_inbox_and_is_pending_under_its_content_id() throws IOException {
        byte[] zip = zip("a");

        Api.Reply reply = api.upload(zip, "acme");

        String id = Contents.sha256(zip).substring(0, 32);
        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.body()).contains(id, "RECEIVED");
        assertThat(data.resolve("inbox/acme.zip")).hasBinaryContent(zip);
        assertThat(api.verdict(id).status()).isEqualTo(202);
        assertThat(api.verdict("0".repeat(32)).status()).isEqualTo(404);
        assertThat(api.list().body()).isEqualTo("[]");
    }

    @Test
    void refuses_what_is_not_a_zip_too_large_or_clashing_by_name() throws IOException {
        assertThat(api.upload("hello".getBytes(StandardCharsets.UTF_8), "x").status()).isEqualTo(400);
        assertThat(api.upload(new byte[2048], "x").status()).isEqualTo(413);
        assertThat(api.upload(zip("one"), "same").status()).isEqualTo(202);
        assertThat(api.upload(zip("two"), "same").status()).isEqualTo(409);
    }

    @Test
    void an_upload_without_a_name_is_named_after_its_content_and_a_bad_name_is_made_safe() throws IOException {
        api.upload(zip("b"), null);
        api.upload(zip("c"), "../../etc/passwd");

        assertThat(data.resolve("inbox").toFile().list()).anyMatch(n -> n.startsWith("upload-")).contains("_.._etc_passwd.zip");
    }

    private static byte[] zip(String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("doc.jpg"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
