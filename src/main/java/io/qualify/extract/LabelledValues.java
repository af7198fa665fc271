package io.qualify.extract;

import io.qualify.document.Field;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds "label value" pairs on certificate-style documents, where a label and its value share a
 * line, and two columns of pairs often come out of OCR as one line ("名称…注册资本…"). A value
 * ends where the next known label starts.
 */
final class LabelledValues {

    /** Every label printed on licences and certificates; a value never runs into one of these. */
    static final Pattern ANY_LABEL = Pattern.compile(
            "注册资本|成立日期|营业期限|经营期限|住所|经营场所|经营范围|登记机关|法定代表人|负责人|经营者|投资人|"
                    + "执行事务合伙人|组成形式|类型|注册日期|发照日期|实收资本|统一社会信用代码|注册号|宗旨和业务范围|"
                    + "举办单位|经费来源|开办资金|有效期|名称|主要经营场所|出资额");

    private LabelledValues() {
    }

    /** The value after the first line matching {@code label}, with its confidence. */
    static Optional<Found> after(List<TextLine> lines, Pattern label) {
        for (TextLine line : lines) {
            Matcher m = label.matcher(line.text());
            if (!m.find()) {
                continue;
            }
            int start = m.end();
            Matcher next = ANY_LABEL.matcher(line.text());
            int end = next.find(start) ? next.start() : line.text().length();
            if (end > start) {
                return Optional.of(new Found(line.text().substring(start, end), line, start, end, m.group()));
            }
        }
        return Optional.empty();
    }

    /** A value cut from a line, where it was, and the label text that introduced it. */
    record Found(String value, TextLine line, int start, int end, String label) {

        Field field() {
            return new Field(value, line.confidence(start, end));
        }

        Found trimmed(int from, int to) {
            return new Found(value.substring(from, to), line, start + from, start + to, label);
        }
    }
}
