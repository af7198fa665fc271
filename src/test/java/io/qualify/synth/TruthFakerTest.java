package io.qualify.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TruthFakerTest {

    @Test
    void writes_capital_in_upper_case_numerals() {
        assertThat(ChineseFormats.upperWan(1200)).isEqualTo("壹仟贰佰");
        assertThat(ChineseFormats.upperWan(7777)).isEqualTo("柒仟柒佰柒拾柒");
        assertThat(ChineseFormats.upperWan(1010)).isEqualTo("壹仟零壹拾");
        assertThat(ChineseFormats.upperWan(100)).isEqualTo("壹佰");
        assertThat(ChineseFormats.upperWan(5)).isEqualTo("伍");
    }

    @Test
    void writes_old_issue_dates_in_chinese_numerals() {
        assertThat(ChineseFormats.chineseNumerals(LocalDate.of(2013, 2, 26))).isEqualTo("二〇一三年二月二十六日");
        assertThat(ChineseFormats.chineseNumerals(LocalDate.of(2010, 10, 10))).isEqualTo("二〇一〇年十月十日");
        assertThat(ChineseFormats.ymd(LocalDate.of(2016, 7, 18))).isEqualTo("2016年07月18日");
    }

    @ParameterizedTest
    @EnumSource(EnterpriseType.class)
    void licences_carry_the_marks_of_their_type(EnterpriseType type) {
        LicenceLayout layout = type == EnterpriseType.SOLE_TRADER ? LicenceLayout.SOLE_TRADER
                : LicenceLayout.LANDSCAPE_NEW;
        LicenceTruth t = new TruthFaker(new Random(type.ordinal())).licence(type, layout);
        assertThat(t.enterpriseType()).isEqualTo(type.label());
        assertThat(t.legalPersonLabel()).isEqualTo(type.personLabel());
        assertThat(t.legalPersonName()).hasSizeBetween(2, 4);
        assertThat(t.issueDate()).isAfterOrEqualTo(t.establishedDate());
        if (t.creditCode() != null) {
            assertThat(t.creditCode()).startsWith(type.codePrefix());
            assertThat(io.qualify.text.CreditCodes.isValid(t.creditCode())).isTrue();
        } else {
            assertThat(io.qualify.text.CreditCodes.isValidRegistrationNumber(t.registrationNumber())).isTrue();
        }
    }

    @Test
    void sole_traders_have_composition_form_and_no_type_line() {
        LicenceTruth t = new TruthFaker(new Random(5)).licence(EnterpriseType.SOLE_TRADER, LicenceLayout.SOLE_TRADER);
        assertThat(t.enterpriseType()).isNull();
        assertThat(t.compositionForm()).isIn("个人经营", "家庭经营");
        assertThat(t.legalPersonLabel()).isEqualTo("经营者");
        assertThat(t.registeredCapital()).isNull();
    }

    @Test
    void old_style_licences_have_a_registration_number_instead_of_a_code() {
        LicenceTruth t = new TruthFaker(new Random(6)).licence(EnterpriseType.LLC, LicenceLayout.OLD_STYLE);
        assertThat(t.title()).isEqualTo("企业法人营业执照");
        assertThat(t.creditCode()).isNull();
        assertThat(t.registrationNumber()).hasSize(15);
        assertThat(t.issueDate()).isBefore(LocalDate.of(2015, 10, 1));
    }

    @Test
    void company_names_vary_widely() {
        TruthFaker faker = new TruthFaker(new Random(7));
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            names.add(faker.companyName(faker.region(), EnterpriseType.LLC));
        }
        assertThat(names).hasSizeGreaterThan(490).allMatch(n -> n.endsWith("公司"));
    }

    @Test
    void renamed_company_differs_from_the_original() {
        TruthFaker faker = new TruthFaker(new Random(8));
        for (int i = 0; i < 200; i++) {
            String name = faker.companyName(faker.region(), EnterpriseType.LLC_NATURAL_PERSON_CONTROLLED);
            String renamed = faker.renamed(name);
            assertThat(renamed).isNotEqualTo(name);
            assertThat(renamed.replace('（', '(').replace('）', ')')).isNotEqualTo(name);
        }
    }

    @Test
    void institutions_have_codes_starting_12() {
        InstitutionTruth t = new TruthFaker(new Random(9)).institution();
        assertThat(t.creditCode()).startsWith("12");
        assertThat(io.qualify.text.CreditCodes.isValid(t.creditCode())).isTrue();
        assertThat(t.validTo()).isAfter(t.validFrom());
    }
}
