package io.qualify.synth;

import java.time.LocalDate;

/**
 * What a synthetic resident ID card (居民身份证) says. One record holds the whole card, both faces;
 * {@code side} says which face an image shows (the front carries name … number, the back the authority and
 * validity). {@link #withSide(Side)} turns the same card over.
 *
 * @param side       the face shown
 * @param name       姓名, two or three Han characters
 * @param sex        性别: 男 or 女 (the number's 17th digit is odd for 男, even for 女)
 * @param nation     民族 as printed without 族: 汉, 回, 满 …
 * @param birthDate  出生 (also digits 7–14 of the number)
 * @param address    住址
 * @param idNumber   公民身份号码, 18 characters; its check character may be deliberately wrong
 * @param authority  签发机关, e.g. 杭州市公安局西湖分局
 * @param validFrom  the start of 有效期限
 * @param validUntil the end of 有效期限, null for 长期
 */
public record IdCardTruth(
        Side side,
        String name,
        String sex,
        String nation,
        LocalDate birthDate,
        String address,
        String idNumber,
        String authority,
        LocalDate validFrom,
        LocalDate validUntil) implements DocumentTruth {

    /** The two faces of the card: 人像面 and 国徽面. */
    public enum Side { FRONT, BACK }

    /** The same card showing {@code s}. */
    public IdCardTruth withSide(Side s) {
        return new IdCardTruth(s, name, sex, nation, birthDate, address, idNumber, authority, validFrom, validUntil);
    }

    /** The same card printed with another number (for ID_NUMBER_INVALID). */
    public IdCardTruth withIdNumber(String number) {
        return new IdCardTruth(side, name, sex, nation, birthDate, address, number, authority, validFrom, validUntil);
    }

    /** The end of validity as the pipeline reports it: an ISO date or 长期 (SPEC.md §4 field {@code validUntil}). */
    public String validUntilText() {
        return validUntil == null ? "长期" : validUntil.toString();
    }

    /** 有效期限 as printed on the back: {@code 2016.05.12-2036.05.12} or {@code 2016.05.12-长期}. */
    public String validityPrinted() {
        return dotted(validFrom) + "-" + (validUntil == null ? "长期" : dotted(validUntil));
    }

    private static String dotted(LocalDate d) {
        return String.format("%d.%02d.%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }
}
