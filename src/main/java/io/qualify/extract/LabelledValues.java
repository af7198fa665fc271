package io.qualify.extract;

import io.qualify.document.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds "label value" pairs on certificate-style documents. The value follows its label on the same
 * line, and ends where the next known label starts (two columns of pairs often come out of OCR as one
 * line: "名称…注册资本…"). When OCR read the label as a line of its own, the value is the line
 * to its right on the same row. A value also ends at a wide blank ({@link TextLine#stretchEnd}), where
 * a page read as one block runs on into the next column or a frame's pattern.
 */
final class LabelledValues {

    /** Every label printed on licences and certificates; a value never runs into one of these. */
    static final Pattern ANY_LABEL = Pattern.compile(
            "注册资本|成立日期|营业期限|经营期限|住所|经营场所|经营范围|登记机关|法定代表人|负责人|经营者|投资人|"
                    + "执行事务合伙人|组成形式|类型|注册日期|发照日期|实收资本|统一社会信用代码|注册号|宗旨和业务范围|"
                    + "举办单位|经费来源|开办资金|有效期|名称|主要经营场所|出资额");

    private LabelledValues() {
    }

    /** Every value found after a match of {@code label}, in every line given. */
    static List<Found> all(List<TextLine> lines, Pattern label) {
        List<Found> found = new ArrayList<>();
        for (TextLine line : lines) {
            Matcher m = label.matcher(line.text());
            if (!m.find()) {
                continue;
            }
            int start = m.end();
            int end = line.stretchEnd(start, nextLabel(line.text(), start));
            if (end > start) {
                found.add(new Found(line.text().substring(start, end), line, start, end, m.group()));
            } else if (start == line.text().length()) {
                found.addAll(rightOf(line, lines, m.group()));
            }
        }
        return found;
    }

    /** Where the next label after {@code from} starts in {@code text}, or its length: where a value ends. */
    static int nextLabel(String text, int from) {
        Matcher next = ANY_LABEL.matcher(text);
        return next.find(from) ? next.start() : text.length();
    }

    /** The lines on the label line's row that start to its right, up to the next label or wide blank. */
    private static List<Found> rightOf(TextLine labelLine, List<TextLine> lines, String label) {
        List<Found> found = new ArrayList<>();
        for (TextLine other : labelLine.rightOnRow(lines, 6)) {
            if (!other.text().isEmpty()) {
                Matcher next = ANY_LABEL.matcher(other.text());
                int end = other.stretchEnd(0, next.find() && next.start() > 0 ? next.start() : other.text().length());
                found.add(new Found(other.text().substring(0, end), other, 0, end, label));
            }
        }
        return found;
    }

    /** A value cut from a line, where it was, and the label text that introduced it. */
    record Found(String value, TextLine line, int start, int end, String label) {

        Field field() {
            return line.text().substring(start, end).equals(value) ? line.field(start, end)
                    : new Field(value, line.confidence(start, end));
        }

        Found trimmed(int from, int to) {
            return new Found(value.substring(from, to), line, start + from, start + to, label);
        }
    }
}
