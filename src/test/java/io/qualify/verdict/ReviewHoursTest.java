package io.qualify.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewHoursTest {

    private static OffsetDateTime beijing(String local) {
        return OffsetDateTime.parse(local + "+08:00");
    }

    @Test
    void one_working_day_is_a_whole_day_of_review_hours_from_when_it_came() {
        ReviewHours hours = ReviewHours.FAQ;
        assertThat(hours.workingDay().toHours()).isEqualTo(14);
        // in hours: due at the same time on the next review day
        assertThat(hours.deadline(beijing("2026-11-25T10:00:00"))).isEqualTo(beijing("2026-11-26T10:00:00"));
        // at night or before opening: the clock starts at 09:00, so due by 23:00 that day
        assertThat(hours.deadline(beijing("2026-11-25T23:30:00"))).isEqualTo(beijing("2026-11-26T23:00:00"));
        assertThat(hours.deadline(beijing("2026-11-26T03:00:00"))).isEqualTo(beijing("2026-11-26T23:00:00"));
        assertThat(hours.deadline(beijing("2026-11-25T23:00:00"))).isEqualTo(beijing("2026-11-26T23:00:00"));
        // weekends are review days too (周一至周日)
        assertThat(hours.deadline(beijing("2026-11-28T22:00:00"))).isEqualTo(beijing("2026-11-29T22:00:00"));
    }

    @Test
    void the_deadline_is_kept_in_the_services_zone_whatever_zone_the_time_came_in() {
        // 02:00 UTC is 10:00 in Beijing
        assertThat(ReviewHours.FAQ.deadline(OffsetDateTime.parse("2026-11-25T02:00:00Z")).toInstant())
                .isEqualTo(beijing("2026-11-26T10:00:00").toInstant());
    }

    @Test
    void public_holidays_put_the_deadline_off_by_their_days() {
        ReviewHours hours = ReviewHours.FAQ.withHolidays(Set.of(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02")));
        assertThat(hours.deadline(beijing("2026-09-30T10:00:00"))).isEqualTo(beijing("2026-10-03T10:00:00"));
        assertThat(hours.deadline(beijing("2026-10-01T12:00:00"))).isEqualTo(beijing("2026-10-03T23:00:00"));
    }

    @Test
    void hours_that_close_before_they_open_are_refused() {
        assertThatThrownBy(() -> new ReviewHours(ZoneId.of("Asia/Shanghai"), LocalTime.of(23, 0), LocalTime.of(9, 0), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
