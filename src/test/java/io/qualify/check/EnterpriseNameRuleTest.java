package io.qualify.check;

import static io.qualify.check.Reviews.NAME;
import static io.qualify.check.Reviews.cleanFields;
import static io.qualify.check.Reviews.document;
import static io.qualify.check.Reviews.form;
import static io.qualify.check.Reviews.licence;
import static io.qualify.check.Reviews.other;
import static io.qualify.check.Reviews.review;
import static io.qualify.check.Reviews.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.Application;
import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Evidence;
import io.qualify.document.Field;
import io.qualify.verdict.Decision;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnterpriseNameRuleTest {

    /** 字 and 宇, 吴 and 昊 look alike; nothing else does. */
    private static final LookAlikes LOOK_ALIKES = new LookAlikes((a, b) -> Optional.of(
            "字宇".indexOf(a) >= 0 && "字宇".indexOf(b) >= 0 || "吴昊".indexOf(a) >= 0 && "吴昊".indexOf(b) >= 0 ? 0.9 : 0.3));

    private final EnterpriseNameRule rule = new EnterpriseNameRule(0.7, LOOK_ALIKES);

    private List<Finding> compare(String typed, Field onLicence) {
        return rule.check(review(form(typed, null), licence(with(cleanFields(), "enterpriseName", onLicence))));
    }

    @Test
    void accepts_the_same_name() {
        assertThat(compare(NAME, Field.certain(NAME))).isEmpty();
    }

    @Test
    void accepts_names_equal_after_normalising_brackets_width_and_spaces() {
        assertThat(compare("广州市 天河区（华南）科技有限公司", Field.certain("广州市天河区(华南)科技有限公司"))).isEmpty();
        assertThat(compare("深圳ＡＢＣ科技有限公司", new Field("深圳ABC科技 有限公司", 0.8))).isEmpty();
    }

    @Test
    void rejects_a_different_company() {
        List<Finding> findings = compare("杭州欧克液压科技有限公司", Field.certain(NAME));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.ENTERPRISE_NAME_MISMATCH);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.evidence()).containsEntry("form", "杭州欧克液压科技有限公司").containsEntry("licence", NAME);
        });
    }

    @Test
    void rejects_a_wholly_different_company_read_above_the_floor() {
        assertThat(compare("杭州欧克液压科技有限公司", new Field(NAME, 0.8)))
                .extracting(Finding::code).containsExactly(FindingCode.ENTERPRISE_NAME_MISMATCH);
    }

    @Test
    void sends_a_wholly_different_name_read_below_the_floor_to_a_person() {
        // a garbled photo reads 宁波市鄞州区体育中心 as 移字夺半轩网区床放中心
        assertThat(compare("宁波市鄞州区体育中心", new Field("移字夺半轩网区床放中心", 0.55)))
                .extracting(Finding::code).containsExactly(FindingCode.LOW_CONFIDENCE);
    }

    @Test
    void sends_a_one_character_difference_read_unsurely_to_a_person() {
        List<Finding> findings = compare(NAME, new Field("佛山市普居佳好建材有限公可", 0.8));

        assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.LOW_CONFIDENCE);
        assertThat(Decision.of(findings)).isEqualTo(Decision.MANUAL_REVIEW).isNotEqualTo(Decision.APPROVE);
    }

    @Test
    void sends_a_one_character_difference_read_by_ocr_to_a_person_however_sure() {
        // seed 10453, an old-style licence at low resolution: 振乡硕广告 read 振乡项广告 at 0.99
        List<Finding> findings = compare("振乡硕广告(天津)有限公司", new Field("振乡项广告(天津)有限公司", 0.99));

        assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.LOW_CONFIDENCE);
    }

    @Test
    void rejects_a_one_character_difference_that_the_commitment_reads_as_the_licence_does() {
        // seed 12607: the form typed 山东省明晶贸琪有限公司; licence and commitment both read 贸易
        String typed = "山东省明晶贸琪有限公司";
        String printed = "山东省明晶贸易有限公司";
        Document licence = licence(with(cleanFields(), "enterpriseName", new Field(printed, 0.97)));

        assertThat(rule.check(review(form(typed, null), licence, commitment(printed))))
                .extracting(Finding::code).containsExactly(FindingCode.ENTERPRISE_NAME_MISMATCH);
        // a commitment reading the form's name, or another misreading, corroborates nothing
        assertThat(rule.check(review(form(typed, null), licence, commitment(typed))))
                .extracting(Finding::code).containsExactly(FindingCode.LOW_CONFIDENCE);
        assertThat(rule.check(review(form(typed, null), licence, commitment("山东省明晶贸另有限公司"))))
                .extracting(Finding::code).containsExactly(FindingCode.LOW_CONFIDENCE);
    }

    @Test
    void rejects_a_garbled_reading_when_the_commitment_clearly_reads_the_licences_character_against_the_form() {
        // seed 22639, sub-0005: typed 管越; the low-resolution licence read 潮南省洪捷…管理 (理 at 0.95, the rest
        // doubtful), the commitment 湖南省琪捷餐饮管理有限公司 at 0.99 or more a character
        String typed = "湖南省琪捷餐饮管越有限公司";
        double[] garbled = {0.59, 0.89, 0.72, 0.41, 0.55, 0.84, 0.55, 0.84, 0.95, 1.0, 0.89, 1.0, 1.0};
        Document licence = licence(with(cleanFields(), "enterpriseName",
                new Field("潮南省洪捷餐饮管理有限公司", 0.8, garbled)));

        assertThat(rule.check(review(form(typed, null), licence, clearCommitment("湖南省琪捷餐饮管理有限公司"))))
                .singleElement().satisfies(f -> {
                    assertThat(f.code()).isEqualTo(FindingCode.ENTERPRISE_NAME_MISMATCH);
                    assertThat(f.evidence()).containsEntry("commitment", "湖南省琪捷餐饮管理有限公司");
                });
        // the commitment reading the form's character, or the licence's character read below the floor,
        // or a commitment doubtful there, proves nothing
        assertThat(rule.check(review(form(typed, null), licence, clearCommitment(typed))))
                .extracting(Finding::code).containsExactly(FindingCode.LOW_CONFIDENCE);
        double[] doubtful = garbled.clone();
        doubtful[8] = 0.5;
        Document doubted = licence(with(cleanFields(), "enterpriseName",
                new Field("潮南省洪捷餐饮管理有限公司", 0.78, doubtful)));
        assertThat(rule.check(review(form(typed, null), doubted, clearCommitment("湖南省琪捷餐饮管理有限公司"))))
                .extracting(Finding::code).containsExactly(FindingCode.LOW_CONFIDENCE);
        double[] unsure = new double[typed.length()];
        java.util.Arrays.fill(unsure, 0.99);
        unsure[8] = 0.8;
        Document unsureCommitment = document("commitment.jpg", DocumentKind.NETWORK_ACCESS_COMMITMENT,
                Map.of("userName", new Field("湖南省琪捷餐饮管理有限公司", 0.98, unsure)), Evidence.NONE);
        assertThat(rule.check(review(form(typed, null), licence, unsureCommitment)))
                .extracting(Finding::code).containsExactly(FindingCode.LOW_CONFIDENCE);
    }

    @Test
    void a_look_alike_read_the_same_on_licence_and_commitment_corroborates_nothing() {
        // the recogniser may misread the same look-alike on both prints: 宇 typed, 字 read twice
        String typed = "上海宇航科技有限公司";
        double[] chars = new double[typed.length()];
        java.util.Arrays.fill(chars, 0.8);
        Document licence = licence(with(cleanFields(), "enterpriseName", new Field("上海字舰科技有限公司", 0.8, chars)));

        assertThat(rule.check(review(form(typed, null), licence, clearCommitment("上海字航科技有限公司"))))
                .extracting(Finding::code).containsExactly(FindingCode.LOW_CONFIDENCE);
    }

    /** A commitment whose 实际用户名称 was read with every character at 0.99. */
    private static Document clearCommitment(String userName) {
        double[] chars = new double[userName.length()];
        java.util.Arrays.fill(chars, 0.99);
        return document("commitment.jpg", DocumentKind.NETWORK_ACCESS_COMMITMENT,
                Map.of("userName", new Field(userName, 0.99, chars)), Evidence.NONE);
    }

    private static Document commitment(String userName) {
        return document("commitment.jpg", DocumentKind.NETWORK_ACCESS_COMMITMENT,
                Map.of("userName", new Field(userName, 0.98)), Evidence.NONE);
    }

    @Test
    void rejects_a_one_character_difference_read_with_full_confidence() {
        assertThat(compare(NAME, Field.certain("佛山市普居佳好建材有限公可")))
                .extracting(Finding::code).containsExactly(FindingCode.ENTERPRISE_NAME_MISMATCH);
    }

    @Test
    void says_nothing_when_the_form_names_no_enterprise() {
        assertThat(compare(null, Field.certain(NAME))).isEmpty();
        assertThat(compare("  ", Field.certain(NAME))).isEmpty();
        assertThat(rule.check(review(Application.EMPTY, licence(cleanFields())))).isEmpty();
    }

    @Test
    void leaves_a_name_that_was_not_read_to_the_confidence_rule() {
        assertThat(compare(NAME, null)).isEmpty();
        assertThat(rule.check(review(form(NAME, null), other("id.jpg", DocumentKind.ID_CARD_FRONT)))).isEmpty();
    }

    @Test
    void a_different_name_read_below_the_floor_goes_to_a_person_not_to_rejection() {
        List<Finding> findings = rule.check(review(form("天津市东彩家居有限公司", null),
                licence(with(cleanFields(), "enterpriseName", new Field("天津市东虹家再在限公司", 0.54)))));

        assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.LOW_CONFIDENCE);
    }

    /** {@code read} at 0.93 overall, every character clear (0.99) but the one at {@code index}, read at {@code doubt}. */
    private static Field readWithOneDoubt(String read, int index, double doubt) {
        double[] chars = new double[read.length()];
        java.util.Arrays.fill(chars, 0.99);
        chars[index] = doubt;
        return new Field(read, 0.93, chars);
    }

    @Test
    void rejects_a_difference_whose_own_characters_were_read_clearly() {
        // a doubtful character elsewhere in the name (策) pulls the mean down; 责任 itself was read clearly
        assertThat(compare("青岛策诚通信技术有限公司", readWithOneDoubt("青岛策诚通信技术有限责任公司", 2, 0.6)))
                .extracting(Finding::code).containsExactly(FindingCode.ENTERPRISE_NAME_MISMATCH);
    }

    @Test
    void keeps_a_look_alike_read_with_full_confidence_for_a_person() {
        // 宇 misread as 字 at 0.99: look-alikes are misread surely, so a substitution never proves a mismatch
        assertThat(compare("兴宇网络科技(佛山)有限公司", readWithOneDoubt("兴字网络科技(佛山)有限公司", 8, 0.9)))
                .extracting(Finding::code).containsExactly(FindingCode.LOW_CONFIDENCE);
    }

    @Test
    void keeps_a_reading_that_lost_the_names_tail_for_a_person() {
        // a long name wraps onto a second line; the reading of the first line alone lacks 武昌分公司
        assertThat(compare("武汉市武昌区顺龙网络科技有限公司武昌分公司", readWithOneDoubt("武汉市武昌区顺龙网络科技有限公司", 3, 0.6)))
                .extracting(Finding::code).doesNotContain(FindingCode.ENTERPRISE_NAME_MISMATCH);
    }

    @Test
    void a_surplus_mark_at_the_end_of_a_reading_proves_nothing() {
        assertThat(compare("南宁市青秀区凯仁电器有限责任公司", readWithOneDoubt("本南宁市青秀区凯仁电器有限责任公司", 5, 0.8)))
                .extracting(Finding::code).containsExactly(FindingCode.LOW_CONFIDENCE);
    }

    @Test
    void rejects_a_word_read_clearly_in_place_of_the_typed_one() {
        assertThat(compare("杭州欧克贸易科技有限公司", readWithOneDoubt("杭州欧克液压科技有限公司", 0, 0.8)))
                .extracting(Finding::code).containsExactly(FindingCode.ENTERPRISE_NAME_MISMATCH);
    }

    @Test
    void rejects_words_missing_between_clearly_read_characters() {
        assertThat(compare("佛山市普居佳好建材股份有限公司", readWithOneDoubt("佛山市普居佳好建材有限公司", 0, 0.8)))
                .extracting(Finding::code).containsExactly(FindingCode.ENTERPRISE_NAME_MISMATCH);
    }

    @Test
    void a_character_read_twice_is_no_evidence_of_a_different_name() {
        assertThat(compare("郑州振好五金有限公司", readWithOneDoubt("郑州振好五金有有限公司", 0, 0.8)))
                .extracting(Finding::code).containsExactly(FindingCode.LOW_CONFIDENCE);
    }

    @Test
    void a_name_read_one_character_short_goes_to_a_person_however_sure() {
        // the reader dropped 鄞 (rare, in a photo): nothing it read is doubtful, and nothing it read differs
        assertThat(compare("宁波市鄞州区公证处", Field.certain("宁波市州区公证处")))
                .extracting(Finding::code).containsExactly(FindingCode.LOW_CONFIDENCE);
        assertThat(compare("宁波市鄞州区公证处", Field.certain("宁波市鄞州区公证")))
                .extracting(Finding::code).containsExactly(FindingCode.LOW_CONFIDENCE);
        // one character short and one other: a different name
        assertThat(compare("宁波市鄞州区公证处", Field.certain("宁波市州区公正处")))
                .extracting(Finding::code).containsExactly(FindingCode.ENTERPRISE_NAME_MISMATCH);
    }

    @Test
    void a_name_read_one_character_short_and_with_a_look_alike_goes_to_a_person() {
        // seed 6607: 重庆市中区农业技木推广中心 for 重庆市渝中区农业技术推广中心 (渝 lost, 木 for 术)
        assertThat(compare("宁波市鄞州区宇航中心", Field.certain("宁波市州区字航中心")))
                .extracting(Finding::code).containsExactly(FindingCode.LOW_CONFIDENCE);
        // short by one and another character that looks nothing like it: a different name
        assertThat(compare("宁波市鄞州区宇航中心", Field.certain("宁波市州区天航中心")))
                .extracting(Finding::code).containsExactly(FindingCode.ENTERPRISE_NAME_MISMATCH);
    }

    /** The form names {@code typed} with the licence's own credit code; the licence reads {@code onLicence}. */
    private List<Finding> compareForSameCode(String typed, Field onLicence) {
        return rule.check(review(form(typed, Reviews.CODE), licence(with(cleanFields(), "enterpriseName", onLicence))));
    }

    @Test
    void takes_a_look_alike_reading_of_the_name_typed_for_the_same_code_as_that_name() {
        List<Finding> findings = compareForSameCode("兴宇网络科技(佛山)有限公司", Field.certain("兴字网络科技(佛山)有限公司"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.NAME_READ_APPROXIMATELY);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.evidence()).containsEntry("licence", "兴字网络科技(佛山)有限公司");
        });
        assertThat(Decision.of(findings)).isEqualTo(Decision.APPROVE);
    }

    @Test
    void keeps_a_look_alike_for_a_person_when_the_form_gives_another_code_or_none() {
        Field read = Field.certain("兴字网络科技(佛山)有限公司");

        assertThat(rule.check(review(form("兴宇网络科技(佛山)有限公司", "91440101MA5CXXXX1X"), licence(with(cleanFields(),
                "enterpriseName", read))))).extracting(Finding::code).doesNotContain(FindingCode.NAME_READ_APPROXIMATELY);
        assertThat(compare("兴宇网络科技(佛山)有限公司", read)).extracting(Finding::code)
                .doesNotContain(FindingCode.NAME_READ_APPROXIMATELY);
    }

    @Test
    void an_unlike_character_is_not_taken_for_a_misreading() {
        assertThat(compareForSameCode("兴宇网络科技(佛山)有限公司", readWithOneDoubt("兴森网络科技(佛山)有限公司", 1, 0.8)))
                .extracting(Finding::code).containsExactly(FindingCode.LOW_CONFIDENCE);
    }

    @Test
    void more_look_alikes_than_one_in_six_characters_are_not_a_misreading() {
        // two look-alikes in a ten-character name
        assertThat(compareForSameCode("合肥昊宇物业有限公司", readWithOneDoubt("合肥吴字物业有限公司", 2, 0.8)))
                .extracting(Finding::code).doesNotContain(FindingCode.NAME_READ_APPROXIMATELY);
    }

    @Test
    void takes_a_mark_glued_on_before_the_name_as_the_readers() {
        assertThat(compareForSameCode("南宁市青秀区凯仁电器有限责任公司", readWithOneDoubt("本南宁市青秀区凯仁电器有限责任公司", 0, 0.8)))
                .extracting(Finding::code).containsExactly(FindingCode.NAME_READ_APPROXIMATELY);
    }

    @Test
    void rejects_a_typed_name_that_breaks_the_legal_form_the_licence_prints() {
        // 有限公司 read at 0.93 against a typed 启限公司: licences spell their legal form correctly
        assertThat(compareForSameCode("南昌市东湖区泽村医疗器械启限公司", new Field("南昌市东湖区泽村医疗器械有限公司", 0.93)))
                .extracting(Finding::code).containsExactly(FindingCode.ENTERPRISE_NAME_MISMATCH);
    }

    @Test
    void a_legal_form_shorter_than_the_typed_one_proves_nothing_by_itself() {
        // the reader may have lost 责任; only characters read clearly around the gap would prove it printed
        Field lost = new Field("南宁市青秀区凯仁电器有限公司", 0.8, new double[] {
            0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.6, 0.6, 0.9, 0.9});

        assertThat(compare("南宁市青秀区凯仁电器有限责任公司", lost)).extracting(Finding::code)
                .containsExactly(FindingCode.LOW_CONFIDENCE);
    }

    @Test
    void a_legal_form_read_below_the_floor_proves_nothing() {
        Field unsure = new Field("南昌市东湖区泽村医疗器械有限公司", 0.6, new double[] {
            0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.5, 0.6, 0.9, 0.9});

        assertThat(compare("南昌市东湖区泽村医疗器械启限公司", unsure)).extracting(Finding::code)
                .containsExactly(FindingCode.LOW_CONFIDENCE);
    }
}
