package io.qualify.extract;

import io.qualify.document.Field;
import io.qualify.text.ChineseDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What letters and commitments share: a value written after its label in the sign-off (管理员姓名:李娜,
 * 实际用户名称:…) and the sign-off's date. The lines given are every reading of the page (the main one
 * and its re-readings), so a value read the same way twice wins a vote; a label seen with nothing after
 * it is reported as {@link Labelled#blank()}, which tells "left empty" apart from "not read".
 */
final class SignOffs {

    /** Labels that end a value running on along the line. */
    static final Pattern NEXT_LABEL = Pattern.compile(
            "管理员|身份证|证件号|联系|电话|手机|日期|时间|签字|签名|盖章|公章|申请单位|单位名称|实际用户|承诺单位|地址|邮箱|\\d{4}年");
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s::_.\\-—()（）盖章签字公章]*");

    private SignOffs() {
    }

    /**
     * A label found and what followed it: {@code value} when something acceptable followed, else
     * {@code blank} when nothing did, else {@code garbled} when something did that could not be taken.
     */
    record Labelled(Optional<Field> value, boolean blank, boolean garbled) {
        static final Labelled ABSENT = new Labelled(Optional.empty(), false, false);

        boolean seen() {
            return value.isPresent() || blank || garbled;
        }
    }

    /** The main reading's candidates outweigh another reading's: it is the one made for the sign-off. */
    static final double MAIN_WEIGHT = 2;

    /**
     * The value after {@code label} that {@code accept} takes, voted over every reading, the main
     * reading's candidates counting {@link #MAIN_WEIGHT} times.
     */
    static Labelled after(List<TextLine> main, List<TextLine> others, Pattern label, Pattern accept) {
        List<TextLine> lines = LetterExtractor.concat(main, others);
        List<Votes.Candidate> candidates = new ArrayList<>();
        boolean blank = false;
        boolean garbled = false;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            double weight = i < main.size() ? MAIN_WEIGHT : 1;
            Matcher m = label.matcher(line.text());
            if (!m.find()) {
                continue;
            }
            int from = m.end();
            Matcher sep = SEPARATOR.matcher(line.text().substring(from));
            from += sep.find() ? sep.end() : 0;
            Matcher next = NEXT_LABEL.matcher(line.text());
            int to = next.find(from) ? next.start() : line.text().length();
            Matcher value = accept.matcher(line.text().substring(from, to));
            if (value.find() && value.start() <= 1) {
                candidates.add(new Votes.Candidate(line.field(from + value.start(), from + value.end()), weight));
            } else if (line.text().substring(from, to).codePoints().noneMatch(Character::isLetterOrDigit)) {
                Optional<Field> beside = to == line.text().length() ? rightOf(line, lines, accept) : Optional.empty();
                beside.ifPresent(f -> candidates.add(new Votes.Candidate(f, weight)));
                blank |= beside.isEmpty();
            } else {
                garbled = true;
            }
        }
        Optional<Field> best = Votes.best(candidates);
        return new Labelled(best, blank && best.isEmpty() && !garbled, garbled && best.isEmpty());
    }

    /**
     * What {@code accept} takes at the start of a line on the label's row and to its right: layout
     * analysis may split a widely spaced "label   value" into two lines.
     */
    private static Optional<Field> rightOf(TextLine labelLine, List<TextLine> lines, Pattern accept) {
        for (TextLine other : labelLine.rightOnRow(lines, 8)) {
            Matcher value = accept.matcher(other.text());
            if (value.find() && value.start() <= 1) {
                return Optional.of(other.field(value.start(), value.end()));
            }
        }
        return Optional.empty();
    }

    /**
     * The sign-off's date: the last date of the main reading, which runs top to bottom and page after
     * page (a letter's body may quote other dates above its sign-off); failing that, the lowest date of
     * the re-readings. Null when there is none.
     */
    static Field date(List<TextLine> main, List<TextLine> rereadings) {
        Field last = null;
        for (TextLine line : main) {
            last = lastDate(line).orElse(last);
        }
        if (last != null) {
            return last;
        }
        int lowest = Integer.MIN_VALUE;
        for (TextLine line : rereadings) {
            Optional<Field> date = lastDate(line);
            if (date.isPresent() && line.source().box().bottom() >= lowest) {
                last = date.get();
                lowest = line.source().box().bottom();
            }
        }
        return last;
    }

    private static Optional<Field> lastDate(TextLine line) {
        List<ChineseDates.Found> found = ChineseDates.find(line.text());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ChineseDates.Found last = found.get(found.size() - 1);
        return Optional.of(new Field(last.date().toString(), line.confidence(last.start(), line.text().length())));
    }
}
