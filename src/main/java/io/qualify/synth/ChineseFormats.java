package io.qualify.synth;

import java.time.LocalDate;
import java.util.Random;

/**
 * How amounts and dates are written on licences: 大写 capital (壹仟贰佰万元整), 2016年07月18日,
 * 1998-02-23, and the Chinese-numeral issue date of old licences (二〇一三年二月二十六日); the many forms of a
 * letter's signing date ({@link #anyDate}).
 */
final class ChineseFormats {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] UNITS = {"", "拾", "佰", "仟"};
    private static final String SMALL = "〇一二三四五六七八九";

    private ChineseFormats() {
    }

    /** {@code wan} (1..9999) ten-thousands of yuan in 大写 digits: 1200 → 壹仟贰佰. */
    static String upperWan(int wan) {
        if (wan < 1 || wan > 9999) {
            throw new IllegalArgumentException("capital out of range: " + wan);
        }
        StringBuilder out = new StringBuilder();
        String s = Integer.toString(wan);
        boolean pendingZero = false;
        for (int i = 0; i < s.length(); i++) {
            int d = s.charAt(i) - '0';
            int unit = s.length() - 1 - i;
            if (d == 0) {
                pendingZero = out.length() > 0;
                continue;
            }
            if (pendingZero) {
                out.append('零');
                pendingZero = false;
            }
            out.append(DIGITS.charAt(d)).append(UNITS[unit]);
        }
        return out.toString();
    }

    /** A registered capital as printed, in one of the styles seen on real licences. */
    static String capital(Random rnd, int wan) {
        return switch (rnd.nextInt(5)) {
            case 0 -> "人民币" + upperWan(wan) + "万元";
            case 1 -> upperWan(wan) + "万元整";
            case 2 -> upperWan(wan) + "万圆整";
            case 3 -> "人民币" + upperWan(wan) + "万元整";
            default -> wan + "万元人民币";
        };
    }

    /** 2016年07月18日. */
    static String ymd(LocalDate d) {
        return String.format("%d年%02d月%02d日", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /**
     * A signing date in one of the forms letters use: 2026年11月20日, 2026年1月5日, 2026-11-20, 2026/11/20,
     * 2026.11.20 or 二〇二六年十一月二十日.
     */
    static String anyDate(LocalDate d, Random rnd) {
        return switch (rnd.nextInt(6)) {
            case 0 -> ymd(d);
            case 1 -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            case 2 -> iso(d);
            case 3 -> String.format("%d/%02d/%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            case 4 -> String.format("%d.%02d.%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            default -> chineseNumerals(d);
        };
    }

    /** 1998-02-23. */
    static String iso(LocalDate d) {
        return d.toString();
    }

    /** 二〇一三年二月二十六日. */
    static String chineseNumerals(LocalDate d) {
        StringBuilder y = new StringBuilder();
        for (char c : Integer.toString(d.getYear()).toCharArray()) {
            y.append(SMALL.charAt(c - '0'));
        }
        return y + "年" + small(d.getMonthValue()) + "月" + small(d.getDayOfMonth()) + "日";
    }

    private static String small(int n) {
        if (n < 10) {
            return String.valueOf(SMALL.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : SMALL.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + SMALL.charAt(n % 10);
    }
}
