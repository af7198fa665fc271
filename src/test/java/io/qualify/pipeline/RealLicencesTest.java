package io.qualify.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real business licences of ../shared/realdocs (labels in its LABELS.md), each reviewed as a
 * submission of its own. Skips where the folder is absent; never copies the files.
 */
class RealLicencesTest {

    private static final Path FOLDER = Path.of("../shared/realdocs/business_licence");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "bl01_hangzhou_oukeyeya_0163.jpg, 杭州欧克液压科技有限公司, false",
        "bl02_fujian_chengxin_baoan_0119.jpg, 福建省诚信保安服务有限公司, false",
        "bl04_foshan_pujujiahao_photo_0154.jpg, 佛山市普居佳好建材有限公司, true",
    })
    void reads_the_licence_and_judges_its_type(String file, String name, boolean refused) throws IOException {
        Verdict verdict = review(file);

        Document licence = verdict.documents().get(0);
        assertThat(licence.kind()).isEqualTo(DocumentKind.BUSINESS_LICENCE);
        assertThat(licence.value("enterpriseName")).isEqualTo(name);
        assertThat(codes(verdict).contains(FindingCode.ENTERPRISE_TYPE_NOT_ALLOWED)).isEqualTo(refused);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "bl03_guangdong_xianggucun_0007.jpg, 91441900595830037Q",
        "bl04_foshan_pujujiahao_photo_0154.jpg, 91440604MA537RKB8C",
    })
    void reads_the_credit_code(String file, String code) throws IOException {
        assertThat(review(file).documents().get(0).value("creditCode")).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"bl03_guangdong_xianggucun_0007.jpg", "bl05_chongqing_yujie_old_style_0003.jpg"})
    void classifies_as_a_business_licence(String file) throws IOException {
        assertThat(review(file).documents().get(0).kind()).isEqualTo(DocumentKind.BUSINESS_LICENCE);
    }

    private static Verdict review(String file) throws IOException {
        assumeTrue(Files.isDirectory(FOLDER), "../shared/realdocs is absent: real-document tests skipped");
        Qualify qualify = Natives.qualify();
        byte[] bytes = Files.readAllBytes(FOLDER.resolve(file));
        return qualify.pipeline().review(new Submission(file, null, List.of(SourceFile.of("licence.jpg", bytes)), List.of()));
    }

    private static List<FindingCode> codes(Verdict verdict) {
        return verdict.findings().stream().map(Finding::code).toList();
    }
}
