package io.qualify.extract;

import io.qualify.document.Evidence;
import io.qualify.document.Field;
import io.qualify.document.FieldNames;
import io.qualify.document.SignOff;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the sign-off of a number-application letter (号码申请公函): {@code adminName} (管理员姓名),
 * {@code adminIdNumber} (管理员身份证号; look-alike letters repaired only when the repair passes the
 * check) and {@code date} (ISO; every common Chinese form). Evidence says which labels were seen with
 * nothing written after them, and whether the applicant line beside the date was read, so R10 can tell
 * a part left out from a part not read.
 */
public final class LetterExtractor {

    private static final Pattern NAME_LABEL = Pattern.compile(
            "管理员(?:姓名|名字)?(?!身份|证件|手机|电话|联系|的)|(?<!单位|用户|法人)姓名");
    private static final Pattern PERSON = Pattern.compile("[\\p{IsHan}]{1,6}·[\\p{IsHan}·]{1,12}|[\\p{IsHan}]{2,4}");
    private static final Pattern ID_LABEL = Pattern.compile("身份证(?:号码|号|件号码)?|证件号码");
    private static final Pattern ID_LIKE = Pattern.compile("[0-9OoDIlZSB|Xx]{15,}");
    /** The sign-off's applicant line, which stands just above its date. */
    private static final Pattern UNIT_LABEL = Pattern.compile("申请单位|单位名称|申请人|单位\\(盖章\\)|\\(盖章\\)|\\(公章\\)");
    /**
     * A date written but not read as one: numerals before 月 and 日 (日 often read as 目 or 曰), or a
     * year's figures before / . - or 年 (2026/05/31 read as 2C 26/05 31, or as 2026/ alone, under a seal and a shadow).
     */
    private static final Pattern DATE_SHAPE = Pattern.compile(
            "年.{0,2}[0-9一二三四五六七八九十]{1,3}.?月.{0,2}[0-9一二三四五六七八九十]{1,4}.?[日目曰]"
            + "|(?<![0-9])[12][0-9OCDIl|\\s]{2,5}[/.\\-年]");
    /** A date left blank: its label with nothing after it, or a 年 月 日 template with no numbers. */
    private static final Pattern BLANK_DATE = Pattern.compile("(?:日期|时间)[::_.\\-—]*$|^[_.]*年[_.]*月[_.]*日");

    /**
     * @param main       the main reading's lines, page after page, top to bottom
     * @param rereadings the same pages' other readings (other scales, line re-reads)
     */
    public Extraction extract(List<TextLine> main, List<TextLine> rereadings) {
        List<TextLine> all = concat(main, rereadings);
        Map<String, Field> fields = new HashMap<>();
        Map<SignOff.Part, SignOff.State> parts = new EnumMap<>(SignOff.Part.class);
        SignOffs.Labelled name = SignOffs.after(main, rereadings, NAME_LABEL, PERSON);
        name.value().ifPresent(f -> fields.put(FieldNames.ADMIN_NAME, f));
        parts.put(SignOff.Part.ADMIN_NAME, labelState(name));
        Optional<IdCardExtractor.Number> number = IdCardExtractor.number(all);
        number.ifPresent(n -> fields.put(FieldNames.ADMIN_ID_NUMBER, n.field()));
        parts.put(SignOff.Part.ADMIN_ID, labelState(SignOffs.after(main, rereadings, ID_LABEL, ID_LIKE)));
        Field date = SignOffs.date(main, rereadings);
        if (date != null) {
            fields.put(FieldNames.DATE, date);
        }
        if (all.stream().anyMatch(l -> UNIT_LABEL.matcher(l.text()).find())) {
            parts.put(SignOff.Part.UNIT, SignOff.State.SEEN);
        }
        if (date == null && all.stream().anyMatch(l -> DATE_SHAPE.matcher(l.text()).find())) {
            parts.put(SignOff.Part.DATE, SignOff.State.UNREADABLE);
        } else if (all.stream().anyMatch(l -> BLANK_DATE.matcher(l.text()).find())) {
            parts.put(SignOff.Part.DATE, SignOff.State.BLANK);
        }
        return new Extraction(fields, Evidence.of(new SignOff(parts, null)));
    }

    /** A line of the sign-off: one of its labels, or a date. */
    public static boolean isSignOffLine(TextLine line) {
        String t = line.text();
        return NAME_LABEL.matcher(t).find() || ID_LABEL.matcher(t).find() || UNIT_LABEL.matcher(t).find()
                || DATE_SHAPE.matcher(t).find() || BLANK_DATE.matcher(t).find() || !io.qualify.text.ChineseDates.find(t).isEmpty();
    }

    /**
     * "blank" when the label stood with nothing after it (in every reading), "unreadable" when what
     * followed could not be taken, "seen" when it had a value, "absent" when the label was not read.
     */
    static SignOff.State labelState(SignOffs.Labelled labelled) {
        return labelled.blank() ? SignOff.State.BLANK : labelled.garbled() ? SignOff.State.UNREADABLE
                : labelled.seen() ? SignOff.State.SEEN : SignOff.State.ABSENT;
    }

    static List<TextLine> concat(List<TextLine> a, List<TextLine> b) {
        List<TextLine> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
