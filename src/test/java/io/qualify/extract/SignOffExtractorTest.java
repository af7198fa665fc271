package io.qualify.extract;

import static io.qualify.extract.LicenceExtractorTest.ocr;
import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.SignOff.Part;
import io.qualify.document.SignOff.State;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SignOffExtractorTest {

    private final LetterExtractor letters = new LetterExtractor();
    private final CommitmentExtractor commitments = new CommitmentExtractor();

    private static List<TextLine> lines(String... lines) {
        return Arrays.stream(lines).map(l -> TextLine.of(ocr(l, 0.9))).toList();
    }

    private static Map<String, String> values(Extraction e) {
        return e.fields().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, f -> f.getValue().value()));
    }

    @Test
    void reads_a_letters_sign_off() {
        Extraction e = letters.extract(lines("号码申请公函", "我公司于2026年10月1日起使用语音通知服务,特此申请。",
                "申请单位:杭州云语科技有限公司", "管理员姓名:李娜", "管理员身份证号:33O106199001011221",
                "日期:二〇二六年十一月二十日"), List.of());

        assertThat(values(e)).containsEntry("adminName", "李娜").containsEntry("adminIdNumber", "330106199001011221")
                .containsEntry("date", "2026-11-20");
    }

    @Test
    void the_sign_off_date_is_the_last_one_not_a_date_in_the_body() {
        Extraction e = letters.extract(lines("自2025年1月1日起使用", "管理员:王芳", "2026/11/20"),
                lines("2025年1月1日"));

        assertThat(values(e)).containsEntry("date", "2026-11-20").containsEntry("adminName", "王芳");
    }

    @Test
    void a_label_left_blank_is_told_apart_from_one_not_read() {
        Extraction e = letters.extract(lines("号码申请公函", "管理员姓名:", "管理员身份证号:", "日期:"), List.of());

        assertThat(e.fields()).isEmpty();
        assertThat(e.evidence().signOff().parts()).containsEntry(Part.ADMIN_NAME, State.BLANK)
                .containsEntry(Part.ADMIN_ID, State.BLANK)
                .containsEntry(Part.DATE, State.BLANK);
        assertThat(letters.extract(lines("号码申请公函", "特此申请"), List.of()).evidence().signOff().parts())
                .containsEntry(Part.ADMIN_NAME, State.ABSENT).doesNotContainKey(Part.DATE);
    }

    @Test
    void a_date_written_but_misread_is_unreadable_not_blank() {
        Extraction e = letters.extract(lines("管理员姓名:李娜", "申请单位(公章):杭州云语科技有限公司", "工提二从年十月三十一目"),
                List.of());

        assertThat(e.fields()).doesNotContainKey("date");
        assertThat(e.evidence().signOff().parts()).containsEntry(Part.DATE, State.UNREADABLE);
    }

    @Test
    void a_name_label_followed_by_the_id_label_is_not_a_name() {
        Extraction e = letters.extract(lines("管理员身份证号码:330106199001011221"), List.of());

        assertThat(e.fields()).doesNotContainKey("adminName");
        assertThat(e.evidence().signOff().parts()).containsEntry(Part.ADMIN_NAME, State.ABSENT);
    }

    @Test
    void reads_a_commitments_user_name_after_its_seal_note() {
        Extraction e = commitments.extract(lines("电信入网承诺书", "实际用户名称(盖章):杭州云语科技有限公司",
                "2026年11月20日"), List.of());

        assertThat(values(e)).containsEntry("userName", "杭州云语科技有限公司").containsEntry("date", "2026-11-20");
    }

    @Test
    void a_commitment_with_its_user_name_left_blank_says_so() {
        Extraction e = commitments.extract(lines("电信入网承诺书", "实际用户名称:", "日期:2026年11月20日"), List.of());

        assertThat(e.fields()).doesNotContainKey("userName");
        assertThat(e.evidence().signOff().parts()).containsEntry(Part.USER_NAME, State.BLANK);
    }
}
