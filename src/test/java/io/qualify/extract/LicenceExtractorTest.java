package io.qualify.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.Box;
import io.qualify.document.Evidence;
import io.qualify.document.Field;
import io.qualify.ocr.OcrLine;
import io.qualify.ocr.OcrSymbol;
import io.qualify.ocr.OcrWord;
import io.qualify.text.CreditCodes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LicenceExtractorTest {

    private final LicenceExtractor extractor = new LicenceExtractor();

    /**
     * An OCR line whose words are the space-separated parts of {@code text}, all read at
     * {@code confidence}, half a line height apart; a word written {@code _word} follows a blank
     * five line heights wide instead.
     */
    static OcrLine ocr(String text, double confidence) {
        List<OcrWord> words = new ArrayList<>();
        int x = 0;
        for (String word : text.split(" ")) {
            if (word.startsWith("_")) {
                word = word.substring(1);
                x += 200;
            }
            words.add(new OcrWord(word, new Box(x, 0, word.length() * 40, 40), confidence));
            x += word.length() * 40 + 20;
        }
        return new OcrLine(text.replace("_", ""), new Box(0, 0, x, 40), confidence, words);
    }

    private Extraction extractWide(String... lines) {
        return extractor.extract(Arrays.stream(lines).map(l -> TextLine.of(ocr(l, 0.95))).toList());
    }

    /** A line read at 0.95, {@link #ocr} placed with its top-left corner at ({@code x}, {@code y}). */
    private static OcrLine placed(String text, int x, int y) {
        return ocr(text, 0.95).moved(b -> b.shifted(x, y));
    }

    private Extraction extractPlaced(OcrLine... lines) {
        return extractor.extract(Arrays.stream(lines).map(TextLine::of).toList());
    }

    private Extraction extract(String... lines) {
        return extractor.extract(Arrays.stream(lines).map(l -> TextLine.of(ocr(l, 0.95))).toList());
    }

    private static String value(Extraction e, String field) {
        Field f = e.fields().get(field);
        return f == null ? null : f.value();
    }

    @Test
    void reads_the_name_up_to_the_next_label_on_a_two_column_line() {
        Extraction e = extract("名称佛山市普居佳好建材有限公司注册资本人民币壹佰万元");

        assertThat(value(e, "enterpriseName")).isEqualTo("佛山市普居佳好建材有限公司");
    }

    @Test
    void reads_the_name_when_a_watermarks_letters_were_read_between_the_labels_characters() {
        // an old-style licence's SAIC watermark lies in the gap of 名　　称
        Extraction e = extract("名SAIC称天津远豪智汽车服务有限公司", "住所天津市滨海新区东湖街道黄河路1777号");

        assertThat(value(e, "enterpriseName")).isEqualTo("天津远豪智汽车服务有限公司");
    }

    @Test
    void reads_the_name_when_a_watermarks_characters_were_read_between_the_labels_characters() {
        // seed 8117, a new-style licence: 仅限认证使用 across 名　　称, two of its characters read in the gap
        Extraction e = extract("名 文限 称江西省盛村生物科技有限责任公司 注册资本3000万元人民币");

        assertThat(value(e, "enterpriseName")).isEqualTo("江西省盛村生物科技有限责任公司");
    }

    @Test
    void reads_the_name_when_a_watermarks_letters_were_read_before_the_labels_last_character() {
        // seed 8117, a low-resolution certificate: SCJDGL's letters read where 名 stands, glued to 称
        Extraction e = extract("SL称杭州市西湖区疾病预防控制中心");

        assertThat(value(e, "enterpriseName")).isEqualTo("杭州市西湖区疾病预防控制中心");
    }

    @Test
    void ends_values_at_a_wide_blank_where_a_block_reading_ran_into_the_frame() {
        Extraction e = extractWide("员 _名 _称 福建省骏帆餐饮管理有限公司 _店", "多 _类 _型 有限责任公司(自然人投资或控股) _和",
                "侈 _负 责 人 雷颖洋 _人");

        assertThat(value(e, "enterpriseName")).isEqualTo("福建省骏帆餐饮管理有限公司");
        assertThat(value(e, "enterpriseType")).isEqualTo("有限责任公司(自然人投资或控股)");
        assertThat(value(e, "legalPersonName")).isEqualTo("雷颖洋");
    }

    @Test
    void never_takes_a_bare_or_misread_type_for_the_name() {
        assertThat(EnterpriseNames.plausible("有限责任公司")).isFalse();
        assertThat(EnterpriseNames.plausible("者有限责任公司")).isFalse();
        assertThat(EnterpriseNames.plausible("责任公司")).isFalse();
        assertThat(EnterpriseNames.plausible("重庆市北部新区高新园星光大道60号(高新园金星科技发展中心")).isFalse();
        assertThat(EnterpriseNames.plausible("役份有限公司")).isFalse();
        assertThat(EnterpriseNames.plausible("华为有限公司")).isTrue();
        assertThat(EnterpriseNames.plausible("佛山锐和贸易有限公司")).isTrue();
        assertThat(EnterpriseNames.plausible("邓有限责任公司(法人独吐)")).isFalse();
        assertThat(EnterpriseNames.plausible("股份有限公司(非上市)")).isFalse();
        assertThat(EnterpriseNames.plausible("兴宇网络科技(佛山)有限公司")).isTrue();
        assertThat(EnterpriseNames.plausible("深圳前海合伙企业(有限合伙)")).isTrue();
        assertThat(value(extract("型有限责任公司(法人独资)", "佛山锐和贸易有限公司"), "enterpriseName")).isEqualTo("佛山锐和贸易有限公司");
    }

    @Test
    void snaps_a_misread_type_to_the_known_type() {
        assertThat(value(extract("类型有限次任公司(自然大独资)"), "enterpriseType")).isEqualTo("有限责任公司(自然人独资)");
    }

    @Test
    void never_takes_junk_that_passes_the_check_for_a_credit_code() {
        String junk = "RET0NNTRT0ET1TRTE";
        junk += CreditCodes.checkCharacter(junk);

        assertThat(CreditCodes.isValid(junk)).isTrue();
        assertThat(extract(junk).fields()).doesNotContainKey("creditCode");
    }

    @Test
    void reads_a_branch_name_to_its_own_suffix() {
        Extraction e = extract("名称福建省骏帆餐饮管理有限公司鼓楼分公司");

        assertThat(value(e, "enterpriseName")).isEqualTo("福建省骏帆餐饮管理有限公司鼓楼分公司");
    }

    @Test
    void takes_the_credit_code_most_readings_agree_on_and_trusts_a_passing_check() {
        String code = "91350102087361017E";
        String other = "91350102087361018" + CreditCodes.checkCharacter("91350102087361018");
        Extraction e = extractor.extract(List.of(TextLine.of(ocr("统一社会信用代码 " + other, 0.6)),
                TextLine.of(ocr("统一社会信用代码 " + code, 0.5)), TextLine.of(ocr(code, 0.5))));

        assertThat(value(e, "creditCode")).isEqualTo(code);
        assertThat(e.fields().get("creditCode").confidence()).isGreaterThan(0.9);
    }

    @Test
    void reads_the_type_up_to_the_next_label() {
        Extraction e = extract("类型有限责任公司(自然人独资)成立日期2019年05月08日");

        assertThat(value(e, "enterpriseType")).isEqualTo("有限责任公司(自然人独资)");
    }

    @Test
    void normalises_full_width_brackets_and_spaces_in_the_type() {
        Extraction e = extract("类 型 有限责任公司（自然人投资或控股的法人独资）");

        assertThat(value(e, "enterpriseType")).isEqualTo("有限责任公司(自然人投资或控股的法人独资)");
    }

    @Test
    void reads_the_legal_representative() {
        Extraction e = extract("法定代表人周志春营业期限长期");

        assertThat(value(e, "legalPersonName")).isEqualTo("周志春");
        assertThat(e.evidence().licence().legalPersonLabel()).isEqualTo("法定代表人");
        assertThat(e.evidence().licence().soleTraderMark()).isNull();
    }

    @Test
    void reads_the_legal_representative_after_a_label_read_without_its_last_character() {
        // seed 5309, a low-resolution scan under SAIC watermarks: 法定代表人姓名 read as 法定代表
        Extraction e = extract("法定代表丁亮鹏注册资本人民币壹佰万元");

        assertThat(value(e, "legalPersonName")).isEqualTo("丁亮鹏");
    }

    @Test
    void reads_the_person_in_charge_after_a_spaced_label_read_without_its_first_character() {
        // seed 8117, a low-resolution licence: 负　责　人's 负 ran into the frame and was lost, 责 and 人方金慧 read
        Extraction e = extract("责 人方金慧");

        assertThat(value(e, "legalPersonName")).isEqualTo("方金慧");
        assertThat(LicenceExtractor.holdsLegalPersonLabel("责 人方金慧")).isTrue();
    }

    @Test
    void reads_the_person_in_charge_after_a_label_that_lost_its_last_character_at_the_start_of_a_line() {
        // seed 18913: 仅限网站认证专用 across the row took 负责人's 人; 负责 and 范林 stood on the row
        Extraction e = extract("名称成都彩致普教育咨询有限公司武侯分公司", "负责 范林");

        assertThat(value(e, "legalPersonName")).isEqualTo("范林");
        assertThat(LicenceExtractor.holdsLegalPersonLabel("负责")).isTrue();
        // a verb in the business scope is no label
        assertThat(LicenceExtractor.holdsLegalPersonLabel("物业管理;负责小区保洁")).isFalse();
    }

    @Test
    void never_starts_a_name_with_a_mark_read_between_label_and_value() {
        // seed 21523: ·上海驰兴… was taken for another name than the one typed, and the submission refused
        Extraction e = extract("名称·上海驰兴企业管理咨询有限责任公司");

        assertThat(value(e, "enterpriseName")).isEqualTo("上海驰兴企业管理咨询有限责任公司");
    }

    @Test
    void cuts_a_watermarks_words_read_on_after_the_name() {
        // seed 18913: 网站 of 仅限网站认证专用 stood just after 武侯分公司 on the name's row; 站 ends institutions
        Extraction e = extract("名称成都彩致普教育咨询有限公司武侯分公司网站", "成都彩致普教育咨询有限公司武侯分公司");

        assertThat(value(e, "enterpriseName")).isEqualTo("成都彩致普教育咨询有限公司武侯分公司");
        assertThat(value(extract("名称杭州市西湖区水文站"), "enterpriseName")).isEqualTo("杭州市西湖区水文站");
    }

    @Test
    void never_takes_a_watermarks_words_across_a_blank_row_for_the_legal_person() {
        // seed 11821: a licence printed without its legal person, 仅限网站认证使用 across the row, was approved
        Extraction e = extract("法定代表人网站认证", "法定代表人 网站认证专用");

        assertThat(e.fields()).doesNotContainKey("legalPersonName");
        assertThat(LicenceExtractor.holdsPrintAfterLegalPersonLabel("法定代表人网站认证")).isFalse();
        assertThat(LicenceExtractor.holdsPrintAfterLegalPersonLabel("法定代表人新")).isTrue();
    }

    @Test
    void reads_a_valid_credit_code() {
        Extraction e = extract("统一社会信用代码 91440604MA537RKB8C");

        assertThat(value(e, "creditCode")).isEqualTo("91440604MA537RKB8C");
    }

    @Test
    void repairs_a_credit_code_read_with_o_for_zero() {
        Extraction e = extract("统一社会信用代码9133O1O9MA27Y7DJXX");

        assertThat(value(e, "creditCode")).isEqualTo("91330109MA27Y7DJXX");
        assertThat(CreditCodes.isValid(value(e, "creditCode"))).isTrue();
    }

    @Test
    void keeps_an_invalid_code_on_its_label_line_so_the_rule_can_warn() {
        Extraction e = extract("统一社会信用代码91330109MA27Y7DJX1");

        assertThat(value(e, "creditCode")).isEqualTo("91330109MA27Y7DJX1");
        assertThat(e.fields()).doesNotContainKey("registrationNumber");
    }

    @Test
    void reads_an_old_registration_number_when_there_is_no_credit_code() {
        Extraction e = extract("注册号 500103000028456", "名称重庆市渝中区某某商贸有限公司");

        assertThat(e.fields()).doesNotContainKey("creditCode");
        assertThat(value(e, "registrationNumber")).isEqualTo("500103000028456");
    }

    @Test
    void a_registration_number_that_passes_its_check_outweighs_a_run_of_eighteen_that_fails() {
        // seed 6151: the Latin re-read of 注册号440305053820869 took the label for digits
        assertThat(CreditCodes.isValidRegistrationNumber("440305053820869")).isTrue();
        Extraction e = extract("注册号440305053820869", "328440305053820869", "名称深圳市南山区光度天贸易有限公司");

        assertThat(e.fields()).doesNotContainKey("creditCode");
        assertThat(value(e, "registrationNumber")).isEqualTo("440305053820869");
    }

    @Test
    void reads_a_sole_trader_licence() {
        Extraction e = extract("营业执照", "统一社会信用代码92440606MA4W8RXK3Y", "名称佛山市顺德区瑞迁五金店",
                "类型个体工商户", "经营者姓名张瑞迁", "组成形式个人经营", "经营场所佛山市顺德区容桂街道");

        assertThat(value(e, "legalPersonName")).isEqualTo("张瑞迁");
        assertThat(e.evidence().licence().soleTraderMark()).isNotNull();
        assertThat(e.evidence().licence().soleTraderMark()).isIn("经营者", "组成形式", "个体工商户");
        assertThat(value(e, "compositionForm")).isEqualTo("个人经营");
        assertThat(value(e, "enterpriseType")).isEqualTo("个体工商户");
    }

    @Test
    void keeps_the_investor_label_of_a_sole_proprietorship() {
        Extraction e = extract("名称深圳市某某贸易有限公司", "投资人李四");

        assertThat(value(e, "legalPersonName")).isEqualTo("李四");
        assertThat(e.evidence().licence().legalPersonLabel()).startsWith("投资人");
    }

    @Test
    void reads_a_sole_traders_name_that_ends_in_no_known_way_after_its_label() {
        // seed 8117, a sole trader's licence photographed: 名 read apart, 称 glued to the name
        Extraction e = extract("名", "称杭州市西湖区恒和茶行", "经营者龙成琪", "组成形式家庭经营");

        assertThat(value(e, "enterpriseName")).isEqualTo("杭州市西湖区恒和茶行");
    }

    @Test
    void takes_no_unlabelled_line_that_ends_in_no_known_way_for_the_name() {
        Extraction e = extract("杭州市西湖区恒和茶行", "经营者龙成琪");

        assertThat(e.fields()).doesNotContainKey("enterpriseName");
    }

    @Test
    void reads_a_name_wrapped_onto_a_short_second_line_under_its_value() {
        // seed 8117, a portrait licence: …有限公司渝中 on the name's line, 分公司 just below, 类型 a row further down
        Extraction e = extractPlaced(placed("称重庆市渝中区盛捷服装有限公司渝中", 640, 940),
                placed("分公司", 720, 990), placed("型有限责任公司分公司(自然人投资或控股)", 640, 1070),
                placed("负责人梁雨辉", 450, 1350));

        assertThat(value(e, "enterpriseName")).isEqualTo("重庆市渝中区盛捷服装有限公司渝中分公司");
    }

    @Test
    void a_name_cut_short_at_its_wrap_never_outvotes_the_whole_name() {
        // seed 9241: 司 wrapped onto its own line; the rows joined and the second look read the name cut short
        Extraction e = extractPlaced(placed("称宁波市鄞州区优睿企业管理咨询股份有限公", 180, 326),
                placed("司", 212, 371),
                placed("名称宁波市鄞州区优睿企业管理咨询股份有限公 _注册资本人民币伍拾万元整", 100, 326),
                placed("名称宁波市鄞州区优睿企业管理咨询股份有限公 _注册资本人民币伍拾万元整", 100, 327));

        assertThat(value(e, "enterpriseName")).isEqualTo("宁波市鄞州区优睿企业管理咨询股份有限公司");
    }

    @Test
    void reads_a_name_whose_legal_form_wrapped_alone_onto_the_line_below() {
        // seed 19777, a portrait scan: …企业管理咨询 on the name's line, 有限公司 alone 1.25 lines below
        Extraction e = extractPlaced(placed("称苏州市吴中区石悦捷企业管理咨询", 600, 900), placed("有限公司", 720, 950),
                placed("型有限责任公司(自然人投资或控股的", 600, 1095));

        assertThat(value(e, "enterpriseName")).isEqualTo("苏州市吴中区石悦捷企业管理咨询有限公司");
        // a name that ends as one already takes no legal form from below
        Extraction complete = extractPlaced(placed("称杭州市融睿维科技有限公司", 100, 0), placed("有限责任公司", 100, 45));
        assertThat(value(complete, "enterpriseName")).isEqualTo("杭州市融睿维科技有限公司");
    }

    @Test
    void never_runs_a_name_on_into_the_next_rows_value() {
        Extraction e = extractPlaced(placed("名称杭州欧克液压科技有限公司", 0, 0), placed("宁波分公司", 80, 100));

        assertThat(value(e, "enterpriseName")).isEqualTo("杭州欧克液压科技有限公司");
    }

    @Test
    void never_runs_a_name_on_into_a_close_type_row() {
        // sample 01: rows set close, the type's value read with its label's 型
        Extraction e = extractPlaced(placed("称杭州市融睿维科技有限公司", 100, 0), placed("型有限责任公司", 100, 45));

        assertThat(value(e, "enterpriseName")).isEqualTo("杭州市融睿维科技有限公司");
    }

    @Test
    void finds_a_name_line_without_a_label() {
        Extraction e = extract("营业执照", "杭州欧克液压科技有限公司", "类型有限责任公司(自然人投资或控股)",
                "法定代表人王强");

        assertThat(value(e, "enterpriseName")).isEqualTo("杭州欧克液压科技有限公司");
    }

    @Test
    void never_takes_a_type_value_for_the_name() {
        Extraction typeFirst = extract("类型有限责任公司(自然人投资或控股)", "杭州欧克液压科技有限公司");
        Extraction typeOnly = extract("类型有限责任公司(自然人投资或控股)", "有限责任公司(自然人投资或控股)");

        assertThat(value(typeFirst, "enterpriseName")).isEqualTo("杭州欧克液压科技有限公司");
        assertThat(typeOnly.fields()).doesNotContainKey("enterpriseName");
        assertThat(value(typeOnly, "enterpriseType")).isEqualTo("有限责任公司(自然人投资或控股)");
    }

    @Test
    void carries_the_confidence_of_the_value_characters_only() {
        OcrLine line = new OcrLine("名称 杭州欧克液压科技有限公司", new Box(0, 0, 600, 40), 0.8,
                List.of(new OcrWord("名称", new Box(0, 0, 80, 40), 0.99),
                        new OcrWord("杭州欧克液压科技有限公司", new Box(100, 0, 480, 40), 0.55)));

        Extraction e = extractor.extract(List.of(TextLine.of(line)));

        assertThat(e.fields().get("enterpriseName").confidence()).isCloseTo(0.55, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void does_not_take_a_word_in_the_business_scope_for_a_sole_trader_label() {
        Extraction e = extract("名称杭州欧克液压科技有限公司", "类型有限责任公司(自然人投资或控股)", "法定代表人王强",
                "经营范围为小微经营者提供企业管理咨询服务");

        assertThat(e.evidence().licence().soleTraderMark()).isNull();
    }

    @Test
    void reads_nothing_from_unrelated_text() {
        Extraction e = extract("今天天气很好", "我们去公园散步");

        assertThat(e.fields()).isEmpty();
        assertThat(e.evidence()).isEqualTo(Evidence.NONE);
    }

    @Test
    void reads_a_complete_company_licence() {
        Extraction e = extract("营业执照", "统一社会信用代码 91440604MA537RKB8C",
                "名称佛山市普居佳好建材有限公司注册资本人民币壹佰万元",
                "类型有限责任公司(自然人投资或控股)成立日期2019年05月08日",
                "法定代表人周志春营业期限长期", "住所佛山市禅城区");

        assertThat(value(e, "enterpriseName")).isEqualTo("佛山市普居佳好建材有限公司");
        assertThat(value(e, "creditCode")).isEqualTo("91440604MA537RKB8C");
        assertThat(value(e, "enterpriseType")).isEqualTo("有限责任公司(自然人投资或控股)");
        assertThat(value(e, "legalPersonName")).isEqualTo("周志春");
        assertThat(e.evidence().licence().soleTraderMark()).isNull();
    }

    @Test
    void takes_a_type_whose_label_lost_its_first_character_to_noise() {
        assertThat(value(extract("3型股份有限公司(非上市)成立日期2017年10月11日"), "enterpriseType")).isEqualTo("股份有限公司(非上市)");
    }

    @Test
    void scores_a_credit_code_by_its_own_characters_not_the_junk_glued_to_its_word() {
        String read = "沁91350102MATU0JX04B";
        List<OcrSymbol> symbols = new ArrayList<>();
        for (int i = 0; i < read.length(); i++) {
            symbols.add(new OcrSymbol(read.substring(i, i + 1), i == 0 ? 0.05 : 0.95));
        }
        OcrWord word = new OcrWord(read, new Box(0, 0, 800, 40), 0.05, symbols);

        Field code = extractor.extract(List.of(TextLine.of(new OcrLine(read, word.box(), 0.05, List.of(word)))))
                .fields().get("creditCode");

        assertThat(code.value()).isEqualTo("91350102MATU0JX04B");
        assertThat(code.confidence()).isGreaterThan(0.9);
    }

    @Test
    void finds_the_legal_person_when_the_first_character_of_the_label_was_misread() {
        assertThat(value(extract("去定代表人姓名司马飞雨注册资本人民币壹佰万元"), "legalPersonName")).isEqualTo("司马飞雨");
    }

    @Test
    void takes_a_type_whose_label_no_reading_kept_from_the_start_of_its_line() {
        assertThat(value(extract("名称杭州欧克液压科技有限公司", "有限责任公司(自然人投资或控股)2016年07月18日"), "enterpriseType"))
                .isEqualTo("有限责任公司(自然人投资或控股)");
        // judged whole: a misread refused type is never the bare type it begins with
        assertThat(value(extract("1有限责任公司(自然大独资)成立日期2019年05月08日"), "enterpriseType"))
                .isEqualTo("有限责任公司(自然人独资)");
    }

    @Test
    void never_takes_a_name_ending_in_a_type_for_the_type() {
        assertThat(value(extract("杭州欧克液压科技有限责任公司注册资本壹仟万元整"), "enterpriseType")).isNull();
    }
}
