package io.qualify.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChineseDatesTest {

    private static LocalDate only(String text) {
        assertThat(ChineseDates.find(text)).hasSize(1);
        return ChineseDates.find(text).get(0).date();
    }

    @Test
    void reads_every_common_written_form() {
        LocalDate day = LocalDate.of(2026, 11, 20);
        assertThat(only("日期:2026年11月20日")).isEqualTo(day);
        assertThat(only("2026-11-20")).isEqualTo(day);
        assertThat(only("2026/11/20")).isEqualTo(day);
        assertThat(only("2026.11.20")).isEqualTo(day);
        assertThat(only("2026 年 11 月 20 日")).isEqualTo(day);
        assertThat(only("二〇二六年十一月二十日")).isEqualTo(day);
        assertThat(only("二○二六年十一月二十日")).isEqualTo(day);
        assertThat(only("2026年11月2011")).isEqualTo(day);
        assertThat(only("2026年11月20曰")).isEqualTo(day);
    }

    @Test
    void reads_chinese_numbers_from_one_to_thirty_one() {
        assertThat(only("二〇二五年一月五日")).isEqualTo(LocalDate.of(2025, 1, 5));
        assertThat(only("二〇二五年十月十日")).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(only("二〇二五年十二月三十一日")).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(only("二〇二五年三月二十九日")).isEqualTo(LocalDate.of(2025, 3, 29));
    }

    @Test
    void finds_no_date_where_the_calendar_has_none() {
        assertThat(ChineseDates.find("2026年13月20日")).isEmpty();
        assertThat(ChineseDates.find("2026-02-30")).isEmpty();
        assertThat(ChineseDates.find("年 月 日")).isEmpty();
        assertThat(ChineseDates.find("电话 13812345678")).isEmpty();
        assertThat(ChineseDates.find("身份证号 330106199001011234")).isEmpty();
    }

    @Test
    void keeps_dates_in_the_order_they_appear() {
        assertThat(ChineseDates.find("自2026年1月1日起至二〇二六年十二月三十一日止")).extracting(ChineseDates.Found::date)
                .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    }
}
