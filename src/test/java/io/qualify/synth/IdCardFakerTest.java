package io.qualify.synth;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.text.IdNumbers;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdCardFakerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void numbers_encode_birth_date_and_sex_and_pass_their_check() {
        for (long seed = 0; seed < 200; seed++) {
            IdCardTruth c = new TruthFaker(new Random(seed)).idCard(TODAY, seed % 3 == 0);
            String n = c.idNumber();
            assertThat(IdNumbers.isValid(n)).as(n).isTrue();
            assertThat(n.substring(6, 14)).isEqualTo(c.birthDate().format(DateTimeFormatter.BASIC_ISO_DATE));
            assertThat((n.charAt(16) - '0') % 2 == 1).as(n).isEqualTo(c.sex().equals("男"));
            assertThat(c.name()).matches("\\p{IsHan}{2,3}");
            assertThat(c.authority()).matches(".+(公安局|分局)");
            assertThat(c.address()).containsAnyOf("市", "县").matches(".+[号室]");
        }
    }

    @Test
    void valid_cards_run_past_today_and_expired_ones_ended_within_five_years() {
        for (long seed = 0; seed < 200; seed++) {
            IdCardTruth valid = new TruthFaker(new Random(seed)).idCard(TODAY, false);
            assertThat(valid.validUntil() == null || valid.validUntil().isAfter(TODAY)).isTrue();
            assertThat(valid.validFrom()).isBefore(TODAY).isAfter(valid.birthDate().plusYears(16));
            IdCardTruth expired = new TruthFaker(new Random(seed)).idCard(TODAY, true);
            assertThat(expired.validUntil()).isBefore(TODAY).isAfterOrEqualTo(TODAY.minusYears(5).minusDays(1));
            assertThat(IdPersons.termYears(expired.birthDate(), expired.validFrom()))
                    .isEqualTo(expired.validUntil().getYear() - expired.validFrom().getYear());
        }
    }

    @Test
    void terms_follow_the_age_at_issue() {
        LocalDate born = LocalDate.of(1990, 6, 1);
        assertThat(IdPersons.termYears(born, LocalDate.of(2000, 1, 1))).isEqualTo(5);
        assertThat(IdPersons.termYears(born, LocalDate.of(2010, 1, 1))).isEqualTo(10);
        assertThat(IdPersons.termYears(born, LocalDate.of(2020, 1, 1))).isEqualTo(20);
        assertThat(IdPersons.termYears(born, LocalDate.of(2040, 1, 1))).isNull();
    }

    @Test
    void a_wrong_check_character_fails_the_check() {
        Random rnd = new Random(2);
        for (int i = 0; i < 50; i++) {
            String good = ResidentIds.newNumber(rnd, "330106", LocalDate.of(1990, 1, 1), i % 2 == 0);
            String bad = ResidentIds.withWrongCheck(good, rnd);
            assertThat(IdNumbers.isValid(good)).isTrue();
            assertThat(IdNumbers.isValid(bad)).isFalse();
            assertThat(bad.substring(0, 17)).isEqualTo(good.substring(0, 17));
        }
    }

    @Test
    void prints_validity_as_the_card_does() {
        IdCardTruth c = new TruthFaker(new Random(1)).idCard(TODAY, false);
        IdCardTruth fixed = new IdCardTruth(IdCardTruth.Side.BACK, c.name(), c.sex(), c.nation(), c.birthDate(),
                c.address(), c.idNumber(), c.authority(), LocalDate.of(2016, 5, 12), LocalDate.of(2036, 5, 12));
        assertThat(fixed.validityPrinted()).isEqualTo("2016.05.12-2036.05.12");
        assertThat(fixed.validUntilText()).isEqualTo("2036-05-12");
        IdCardTruth lifelong = new IdCardTruth(IdCardTruth.Side.BACK, c.name(), c.sex(), c.nation(), c.birthDate(),
                c.address(), c.idNumber(), c.authority(), LocalDate.of(2016, 5, 12), null);
        assertThat(lifelong.validityPrinted()).isEqualTo("2016.05.12-长期");
        assertThat(lifelong.validUntilText()).isEqualTo("长期");
    }
}
