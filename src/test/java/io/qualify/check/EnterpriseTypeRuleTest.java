package io.qualify.check;

import static io.qualify.check.Reviews.cleanFields;
import static io.qualify.check.Reviews.licence;
import static io.qualify.check.Reviews.review;
import static io.qualify.check.Reviews.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.DocumentKind;
import io.qualify.document.Evidence;
import io.qualify.document.Field;
import io.qualify.document.LicenceMarks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnterpriseTypeRuleTest {

    private final EnterpriseTypeRule rule = new EnterpriseTypeRule();

    private List<Finding> typed(String type) {
        return rule.check(review(licence(with(cleanFields(), "enterpriseType", Field.certain(type)))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"有限责任公司(自然人独资)", "有限责任公司（自然人独资）", "个人独资企业", "个体工商户", "个体户"})
    void rejects_sole_trader_and_sole_proprietor_types(String type) {
        List<Finding> findings = typed(type);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.ENTERPRISE_TYPE_NOT_ALLOWED);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.documents()).containsExactly("licence.jpg");
            assertThat(String.valueOf(f.evidence().get("marks"))).contains("类型");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"有限责任公司(自然人投资或控股的法人独资)", "有限责任公司（自然人投资或控股的法人独资）",
            "有限责任公司(自然人投资或控股)", "股份有限公司", "股份有限公司(非上市、自然人投资或控股)", "其他有限责任公司"})
    void accepts_company_types_that_are_not_sole_traders(String type) {
        assertThat(typed(type)).isEmpty();
    }

    @Test
    void rejects_a_licence_whose_credit_code_starts_with_92() {
        var fields = with(cleanFields(), "creditCode", Field.certain("92440606MA4WXXXX1C"));
        fields = with(fields, "enterpriseType", null);

        List<Finding> findings = rule.check(review(licence(fields)));

        assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.ENTERPRISE_TYPE_NOT_ALLOWED);
        assertThat(String.valueOf(findings.get(0).evidence().get("marks"))).contains("92");
    }

    @Test
    void accepts_a_company_code_starting_91() {
        assertThat(rule.check(review(licence(cleanFields())))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"经营者", "组成形式", "个体工商户"})
    void rejects_a_licence_carrying_a_sole_trader_label(String mark) {
        var doc = licence(with(cleanFields(), "enterpriseType", null), new LicenceMarks(null, mark, null));

        List<Finding> findings = rule.check(review(doc));

        assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.ENTERPRISE_TYPE_NOT_ALLOWED);
        assertThat(String.valueOf(findings.get(0).evidence().get("marks"))).contains(mark);
    }

    @Test
    void rejects_a_licence_whose_legal_person_is_labelled_investor() {
        var doc = licence(with(cleanFields(), "enterpriseType", null), new LicenceMarks("投资人姓名", null, null));

        assertThat(rule.check(review(doc))).extracting(Finding::code)
                .containsExactly(FindingCode.ENTERPRISE_TYPE_NOT_ALLOWED);
    }

    @Test
    void accepts_a_legal_person_labelled_legal_representative() {
        var doc = licence(cleanFields(), new LicenceMarks("法定代表人", null, null));

        assertThat(rule.check(review(doc))).isEmpty();
    }

    @Test
    void reports_several_marks_in_one_finding() {
        var fields = with(cleanFields(), "enterpriseType", Field.certain("个体工商户"));
        fields = with(fields, "creditCode", Field.certain("92440606MA4WXXXX1C"));
        var doc = licence(fields, new LicenceMarks(null, "经营者", null));

        List<Finding> findings = rule.check(review(doc));

        assertThat(findings).hasSize(1);
        assertThat((List<?>) findings.get(0).evidence().get("marks")).hasSize(3);
    }

    @Test
    void says_nothing_without_a_business_licence() {
        var certificate = Reviews.document("cert.jpg", DocumentKind.INSTITUTION_CERTIFICATE,
                with(cleanFields(), "enterpriseType", Field.certain("个体工商户")), Evidence.NONE);

        assertThat(rule.check(review(certificate))).isEmpty();
        assertThat(rule.check(review(Reviews.other("id.jpg", DocumentKind.ID_CARD_FRONT)))).isEmpty();
    }
}
