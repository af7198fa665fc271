package io.qualify.extract;

import static io.qualify.extract.LicenceExtractorTest.ocr;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IdCardExtractorTest {

    private final IdCardExtractor extractor = new IdCardExtractor();

    private Map<String, String> front(String... lines) {
        return values(extractor.front(Arrays.stream(lines).map(l -> TextLine.of(ocr(l, 0.9))).toList()));
    }

    private Map<String, String> back(String... lines) {
        return values(extractor.back(Arrays.stream(lines).map(l -> TextLine.of(ocr(l, 0.9))).toList()));
    }

    private static Map<String, String> values(Extraction e) {
        return e.fields().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, f -> f.getValue().value()));
    }

    @Test
    void reads_every_field_of_a_front() {
        Map<String, String> f = front("姓 名 李娜", "性 别 女 民 族 汉", "出 生 1990 年 1 月 1 日",
                "住 址 浙江省杭州市西湖区文三路", "100号3幢", "公民身份号码 330106199001011221");

        assertThat(f).containsEntry("name", "李娜").containsEntry("sex", "女").containsEntry("nation", "汉")
                .containsEntry("birthDate", "1990-01-01").containsEntry("address", "浙江省杭州市西湖区文三路100号3幢")
                .containsEntry("idNumber", "330106199001011221");
    }

    @Test
    void repairs_look_alike_letters_only_when_the_number_then_passes() {
        assertThat(front("公民身份号码 33O1O6199OO1011221")).containsEntry("idNumber", "330106199001011221");
        // 7 printed where 9 would pass: kept as printed, for R9 to refuse
        assertThat(front("公民身份号码 430512198908131367")).containsEntry("idNumber", "430512198908131367");
    }

    @Test
    void keeps_a_number_of_the_wrong_length_as_read() {
        assertThat(front("公民身份号码 0755955089551195588")).containsEntry("idNumber", "0755955089551195588");
    }

    @Test
    void reads_a_back_with_a_dated_or_lifelong_period() {
        assertThat(back("中华人民共和国", "居民身份证", "签发机关 杭州市公安局西湖分局", "有效期限 2016.05.12-2036.05.12"))
                .containsEntry("issuer", "杭州市公安局西湖分局").containsEntry("validFrom", "2016-05-12")
                .containsEntry("validUntil", "2036-05-12");
        assertThat(back("有效期限 2016.05.12-长期")).containsEntry("validUntil", "长期");
    }

    @Test
    void an_impossible_date_is_not_read_as_one() {
        assertThat(back("有效期限 2016.13.12-2036.13.12")).doesNotContainKey("validUntil");
        assertThat(front("出 生 1990 年 2 月 31 日")).doesNotContainKey("birthDate");
    }
}
