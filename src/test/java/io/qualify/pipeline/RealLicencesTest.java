package io.qualify.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.qualify.app.Qualify;
import io.qualify.check.Finding;
import io.qualify.check.FindingCode;
import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.SourceFile;
import io.qualify.document.Submission;
import io.qualify.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real business licences of ../shared/realdocs (labels in its LABELS.md), each reviewed as a
 * submission of its own, once, and held against issues 2 and 12: every one classified a business
 * licence; bl04 (有限责任公司(自然人独资)) and bl06 (个体工商户) refused under R2 and no other; every
 * 名称 exact (bl06's 玻璃 on a dim photo included); the credit code exact on bl01–bl04 and the old
 * registration number on bl05 and bl06. Skips where the folder is absent; never copies the files.
 */
class RealLicencesTest {

    private static final Path FOLDER = Path.of("../shared/realdocs/business_licence");
    private static final Map<String, Verdict> REVIEWED = new ConcurrentHashMap<>();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "bl01_hangzhou_oukeyeya_0163.jpg,         杭州欧克液压科技有限公司,     91330109MA27Y7DJXX, false",
        "bl02_fujian_chengxin_baoan_0119.jpg,     福建省诚信保安服务有限公司,   91350100310668620H, false",
        "bl03_guangdong_xianggucun_0007.jpg,      广东乡谷村膳食管理有限公司,   91441900595830037Q, false",
        "bl04_foshan_pujujiahao_photo_0154.jpg,   佛山市普居佳好建材有限公司,   91440604MA537RKB8C, true",
        "bl05_chongqing_yujie_old_style_0003.jpg, 重庆渝捷消防设备有限责任公司, ,                   false",
        "bl06_foshan_getihu_0158.jpg,             佛山市顺德区伦教瑞科特玻璃机械厂, ,             true",
    })
    void reads_the_licence_and_judges_its_type(String file, String name, String code, boolean refused) throws IOException {
        Verdict verdict = review(file);

        Document licence = verdict.documents().get(0);
        assertThat(licence.kind()).isEqualTo(DocumentKind.BUSINESS_LICENCE);
        assertThat(codes(verdict).contains(FindingCode.ENTERPRISE_TYPE_NOT_ALLOWED)).as("refused under R2").isEqualTo(refused);
        if (name != null) {
            assertThat(licence.value("enterpriseName")).isEqualTo(name);
        }
        if (code != null) {
            assertThat(licence.value("creditCode")).isEqualTo(code);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"bl05_chongqing_yujie_old_style_0003.jpg, 500103000028456", "bl06_foshan_getihu_0158.jpg, 440681601007865"})
    void reads_the_old_registration_number(String file, String number) throws IOException {
        assertThat(review(file).documents().get(0).value("registrationNumber")).isEqualTo(number);
    }

    private static Verdict review(String file) throws IOException {
        assumeTrue(Files.isDirectory(FOLDER), "../shared/realdocs is absent: real-document tests skipped");
        Verdict known = REVIEWED.get(file);
        if (known != null) {
            return known;
        }
        Qualify qualify = Natives.qualify();
        byte[] bytes = Files.readAllBytes(FOLDER.resolve(file));
        Verdict verdict = qualify.pipeline().review(new Submission(file, null, List.of(SourceFile.of("licence.jpg", bytes)), List.of()));
        REVIEWED.put(file, verdict);
        return verdict;
    }

    private static List<FindingCode> codes(Verdict verdict) {
        return verdict.findings().stream().map(Finding::code).toList();
    }
}
