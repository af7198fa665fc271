package io.qualify.verdict;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * The service level a person's review is held to (FAQ: "预计在一个工作日内完成审核 … 审核工作时间:周一至周日
 * 9:00~23:00(法定节假日顺延)"): reviews run 09:00–23:00 every day in the service's time zone, except on the
 * public holidays given, and one working day is one full day of those hours (14 hours of review time).
 * A submission received at 10:00 is due by 10:00 the next review day; one received at night, by 23:00
 * the next day.
 */
public record ReviewHours(ZoneId zone, LocalTime opens, LocalTime closes, Set<LocalDate> holidays) {

    /** The FAQ's hours in China's time zone, with no holidays known. */
    public static final ReviewHours FAQ = new ReviewHours(ZoneId.of("Asia/Shanghai"), LocalTime.of(9, 0),
            LocalTime.of(23, 0), Set.of());

    public ReviewHours {
        Objects.requireNonNull(zone);
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("review hours must open before they close: " + opens + "–" + closes);
        }
        holidays = Set.copyOf(holidays);
    }

    public ReviewHours withHolidays(Set<LocalDate> days) {
        return new ReviewHours(zone, opens, closes, days);
    }

    /** One working day: one whole day of review hours. */
    public Duration workingDay() {
        return Duration.between(opens, closes);
    }

    /** When a review of something received at {@code received} is due: one working day of review hours on. */
    public OffsetDateTime deadline(OffsetDateTime received) {
        ZonedDateTime at = received.atZoneSameInstant(zone);
        Duration left = workingDay();
        while (true) {
            ZonedDateTime open = at.toLocalDate().atTime(opens).atZone(zone);
            ZonedDateTime close = at.toLocalDate().atTime(closes).atZone(zone);
            if (holidays.contains(at.toLocalDate()) || !at.isBefore(close)) {
                at = at.toLocalDate().plusDays(1).atTime(opens).atZone(zone);
                continue;
            }
            if (at.isBefore(open)) {
                at = open;
            }
            Duration today = Duration.between(at, close);
            if (left.compareTo(today) <= 0) {
                return at.plus(left).toOffsetDateTime();
            }
            left = left.minus(today);
            at = close;
        }
    }
}
