package io.qualify.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written the ways Chinese letters write them: 2026年11月20日, 2026-11-20,
 * 2026/11/20, 2026.11.20 and 二〇二六年十一月二十日. Call {@link #find} on a line of text; only real
 * calendar days come back (a 2026年13月 is no date), in the order they appear. A 日 read as 曰, 目 or
 * 11 (2026年08月1711) still ends the day.
 */
public final class ChineseDates {

    private static final Pattern ARABIC = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*(?:日|曰|目|11)?|[-/.](\\d{1,2})[-/.](\\d{1,2}))(?!\\d)");
    private static final String DIGITS = "〇○Ｏ零O0一二三四五六七八九";
    private static final Pattern WRITTEN = Pattern.compile(
            "([" + DIGITS + "]{4})\\s*年\\s*([十一二三四五六七八九]{1,3})\\s*月\\s*([十一二三四五六七八九]{1,4})\\s*日");

    private static final int FIRST_YEAR = 1949;
    private static final int LAST_YEAR = 2100;

    private ChineseDates() {
    }

    /** A date found in a text and where it starts. */
    public record Found(LocalDate date, int start) {
    }

    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        Matcher a = ARABIC.matcher(text);
        while (a.find()) {
            String month = a.group(2) != null ? a.group(2) : a.group(4);
            String day = a.group(3) != null ? a.group(3) : a.group(5);
            date(Integer.parseInt(a.group(1)), Integer.parseInt(month), Integer.parseInt(day))
                    .ifPresent(d -> found.add(new Found(d, a.start())));
        }
        Matcher w = WRITTEN.matcher(text);
        while (w.find()) {
            int year = 0;
            for (char c : w.group(1).toCharArray()) {
                year = year * 10 + digit(c);
            }
            date(year, number(w.group(2)), number(w.group(3))).ifPresent(d -> found.add(new Found(d, w.start())));
        }
        found.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return found;
    }

    /** A number from one to thirty-one written in Chinese: 五, 十, 十一, 二十, 二十一, 三十一; 0 when it is none. */
    static int number(String written) {
        int ten = written.indexOf('十');
        if (ten < 0) {
            return written.length() == 1 ? digit(written.charAt(0)) : 0;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? digit(written.charAt(0)) : 0;
        int units = ten == written.length() - 1 ? 0 : ten == written.length() - 2 ? digit(written.charAt(ten + 1)) : -100;
        return Math.max(0, tens * 10 + units);
    }

    private static int digit(char c) {
        int i = DIGITS.indexOf(c);
        return i < 0 ? 0 : Math.max(0, i - 5);
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return Optional.empty(); // a misread 二〇二六 (〇〇二六) is no year a letter is dated
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
