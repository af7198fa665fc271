package io.qualify.extract;

import io.qualify.document.Box;
import io.qualify.document.Field;
import io.qualify.text.EnterpriseTypes;
import io.qualify.text.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an organisation's name on a certificate. Candidates: the value of every 名称 label that reads
 * as a name (ending as organisations do, or else taken whole; run on into its wrapped second line), and
 * every line stretch that ends like an organisation (…有限公司, …厂, …中心); the readings vote, labelled
 * candidates counting double. Type values such as 有限责任公司(自然人投资或控股) and stretches holding
 * another label are never taken for names.
 */
final class EnterpriseNames {

    private static final String SUFFIX = "(?:股份有限公司|有限责任公司|有限公司|分公司|公司|集团|合伙企业\\(有限合伙\\)|合伙企业|"
            + "加工厂|厂|商行|经营部|门市部|服务部|批发部|商店|店|中心|合作社|事务所|工作室|研究院|研究所|医院|诊所|"
            + "学校|幼儿园|协会|委员会|农场|酒家|餐厅|超市|药房|卫生院|研究会|基金会|图书馆|博物馆|管理处|管理站)";
    /**
     * An institution's (事业单位) endings, taken only after a 名称 label: 档案馆, 气象局, 水文站, 设计院, 电视台…
     * Alone on a line they end too much else (a watermark's 仅限网站).
     */
    private static final String INSTITUTION_SUFFIX = "(?:" + SUFFIX + "|馆|局|站|院|所|处|台|队|社|团|办公室|大学|学院|中学|小学)";
    private static final Pattern NAME = name(SUFFIX);
    private static final Pattern ENDS_AS_NAME = Pattern.compile(SUFFIX + "$");
    /** A legal form alone on a line: a long name's end wrapped below it. */
    private static final Pattern BARE_LEGAL_FORM = Pattern.compile("股份有限公司|有限责任公司|有限公司");
    private static final Pattern LABELLED_NAME = name(INSTITUTION_SUFFIX);
    /**
     * A 名称 label's value that ends in none of the known ways is still a name: a sole trader's may end in
     * anything (恒和茶行, 老王小吃, 花语坊). Taken whole, up to the next label or wide blank, and only
     * when no known ending was found after the label.
     */
    private static final Pattern ANY_ENDING = Pattern.compile("[\\p{IsHan}()A-Za-z0-9·]{4,60}");
    /**
     * 名称, its two characters often far apart: a misread character may stand between them, or a
     * watermark's letters read through the gap (名SAIC称, 名文限称 from 仅限认证使用). Never the start of a name.
     */
    private static final Pattern LABEL_PREFIX = Pattern.compile("名(?:.{1,3}|[A-Za-z0-9]{1,8})?称");
    private static final Pattern NAME_LABEL = Pattern.compile(LABEL_PREFIX.pattern() + "|^称");
    private static final Pattern TYPE_LIKE = Pattern.compile("^(?:有限责任公司|股份有限公司|个人独资企业|个体工商户|有限公司|全民所有制|集体所有制|"
            + "普通合伙|有限合伙|其他有限|外商|台港澳|国有)");
    /** A label residue left in front of a name when 名 was misread (各称, 上各称…). */
    private static final int LABEL_RESIDUE = 3;
    /** The bracketed words of a type (有限责任公司(自然人投资或控股), 股份有限公司(非上市)), never of a name. */
    private static final Pattern TYPE_QUALIFIER = Pattern.compile("\\([^)]*(?:独资|投资|控股|法人|自然人|上市)");
    private static final Pattern STREET_NUMBER = Pattern.compile("\\d+号");
    /** Last characters of the labels printed before a name or a type; no name starts with one. */
    private static final String LABEL_ENDINGS = "称型";
    /** Joins a transliterated name's parts (阿依古丽·买买提); read before a name, it is a mark beside the label. */
    private static final char MIDDLE_DOT = '·';
    /** A watermark's letters read just before a label's last character (SL称…, from SCJDGL): not the name's. */
    private static final Pattern WATERMARK_BEFORE_LABEL_END = Pattern.compile("[A-Za-z0-9]{1,8}(?=[" + LABEL_ENDINGS + "])");
    /**
     * A watermark's words read on after a name (…武侯分公司网站, from 仅限网站认证专用 across the row): cut
     * off when what stands before them is a name already; 站 would otherwise end it as an institution's.
     */
    private static final Pattern WATERMARK_TAIL = Pattern.compile("(?:" + LicenceExtractor.WATERMARK_WORDS.pattern() + ")+$");
    /** A value's second line starts at most this many line heights (its first line's box) below the first's top. */
    private static final double WRAP = 1.3;
    /**
     * …and at least this many below it: a line starting higher is on the same row, another reading of the
     * value itself (a page is read several ways).
     */
    private static final double BELOW = 0.6;

    private EnterpriseNames() {
    }

    private static Pattern name(String suffix) {
        return Pattern.compile("[\\p{IsHan}()A-Za-z0-9·]{2,60}" + suffix + "(?:\\([\\p{IsHan}]{2,12}\\))?");
    }

    static Optional<Field> find(List<TextLine> lines) {
        List<Votes.Candidate> candidates = new ArrayList<>();
        for (LabelledValues.Found found : LabelledValues.all(lines, NAME_LABEL)) {
            wrapped(found, lines).flatMap(joined -> nameIn(joined, LABELLED_NAME))
                    .or(() -> nameIn(found, LABELLED_NAME))
                    .or(() -> nameIn(found, ANY_ENDING))
                    .ifPresent(f -> candidates.add(new Votes.Candidate(f, 2)));
        }
        for (TextLine line : lines) {
            nameIn(new LabelledValues.Found(line.text(), line, 0, line.text().length(), ""), NAME)
                    .ifPresent(f -> candidates.add(new Votes.Candidate(f, 1)));
        }
        return Votes.best(lendToLonger(candidates));
    }

    /**
     * The labelled value run on into the line it wraps onto, when there is one: a long name (…有限公司渝中
     * 分公司) breaks onto a short second line (half the first's width at most) set just below the first,
     * within its span. A line further down is the next row's, the form's rows being spaced wider than a
     * value's lines; a line that begins with a label, a label's last character (型有限责任公司…, the type
     * row's) or a type is never a name's tail, unless it is a legal form alone under a name without one.
     * Only a value that runs to its line's end can wrap; a line starting less far below is on the same
     * row, another reading of it.
     */
    private static Optional<LabelledValues.Found> wrapped(LabelledValues.Found found, List<TextLine> lines) {
        TextLine line = found.line();
        Box b = line.source().box();
        if (found.end() != line.text().length() || b.height() == 0) {
            return Optional.empty();
        }
        return lines.stream().filter(o -> o != line && !o.text().isEmpty())
                .filter(o -> {
                    Box c = o.source().box();
                    return c.y() - b.y() >= BELOW * b.height() && c.y() - b.y() <= WRAP * b.height() && 2 * c.width() <= b.width()
                            && c.x() >= b.x() - b.height() / 2 && c.right() <= b.right() + b.height()
                            && !LicenceExtractor.startsWithLabel(o.text())
                            && (!TYPE_LIKE.matcher(o.text()).find() || legalFormWrapped(found.value(), o.text()))
                            && LABEL_ENDINGS.indexOf(o.text().charAt(0)) < 0;
                })
                .min(Comparator.comparingInt(o -> o.source().box().y()))
                .map(next -> {
                    TextLine joined = line.followedBy(next);
                    return new LabelledValues.Found(joined.text().substring(found.start()), joined, found.start(),
                            joined.text().length(), found.label());
                });
    }

    /**
     * Whether {@code next}, a legal form alone (有限公司), is the wrapped end of {@code value}, a name that
     * does not end as one yet (…企业管理咨询): a type row's value never stands alone under such a line.
     */
    private static boolean legalFormWrapped(String value, String next) {
        return BARE_LEGAL_FORM.matcher(next).matches() && !ENDS_AS_NAME.matcher(value).find();
    }

    /**
     * A reading that lost the start of a line yields a proper suffix of the full name, and one that did not
     * run on into the line a name wraps onto (…有限公 and then 司) a proper prefix; its support goes to the
     * longer candidate it is part of, so a truncated name never outvotes the whole one.
     */
    static List<Votes.Candidate> lendToLonger(List<Votes.Candidate> candidates) {
        List<Votes.Candidate> out = new ArrayList<>();
        for (Votes.Candidate c : candidates) {
            String value = c.field().value();
            Optional<Votes.Candidate> longer = candidates.stream()
                    .filter(o -> o.field().value().length() > value.length()
                            && (o.field().value().endsWith(value) || o.field().value().startsWith(value)))
                    .max((a, b) -> Double.compare(a.field().confidence(), b.field().confidence()));
            out.add(longer.map(l -> new Votes.Candidate(l.field(), c.weight() * c.field().confidence() / l.field().confidence()))
                    .orElse(c));
        }
        return out;
    }

    private static Optional<Field> nameIn(LabelledValues.Found found, Pattern names) {
        String value = found.value();
        int from = 0;
        while (from < value.length() && !Character.isIdeographic(value.codePointAt(from))) {
            from++;
        }
        int residue = value.indexOf('称', from);
        if (residue >= 0 && residue - from < LABEL_RESIDUE) {
            from = residue + 1;
        }
        int stretch = from;
        while (stretch < value.length()) {
            int stretchEnd = found.line().stretchEnd(found.start() + stretch, found.end()) - found.start();
            Optional<Field> name = longestName(found, stretch, stretchEnd, names);
            if (name.isPresent()) {
                return name;
            }
            stretch = stretchEnd;
        }
        return Optional.empty();
    }

    /**
     * A name has a distinctive part in front of its legal form: never a bare, partial or misread
     * type (有限责任公司, 责任公司, 役份有限公司), never a type with a character glued before it
     * (邓有限责任公司(法人独资): a name's brackets hold a place, 佛山, never who owns it), never a
     * stretch that holds another label, never an address (a street number, 60号, marks one).
     */
    static boolean plausible(String candidate) {
        if (candidate.length() < 4 || TYPE_LIKE.matcher(candidate).find() || LabelledValues.ANY_LABEL.matcher(candidate).find()
                || STREET_NUMBER.matcher(candidate).find() || TYPE_QUALIFIER.matcher(candidate).find()) {
            return false;
        }
        return EnterpriseTypes.KNOWN.stream().noneMatch(type -> type.contains(candidate) || Texts.distance(candidate, type) <= 1
                || type.length() >= 8 && candidate.length() <= type.length() && Texts.distance(candidate, type) <= 2);
    }

    /**
     * The name within one stretch of the value (between two wide blanks), running to the last
     * suffix it holds, so a branch (…有限公司鼓楼分公司) is not cut at its parent's suffix.
     */
    private static Optional<Field> longestName(LabelledValues.Found found, int from, int to, Pattern names) {
        Matcher label = LabelledValues.ANY_LABEL.matcher(found.value()).region(from, to);
        if (label.find() && label.start() > from) {
            to = label.start();
        }
        Matcher m = names.matcher(found.value()).region(from, to);
        while (m.find()) {
            int start = m.start();
            Matcher prefix = LABEL_PREFIX.matcher(found.value()).region(start, m.end());
            if (prefix.lookingAt()) {
                start = prefix.end();
            }
            Matcher letters = WATERMARK_BEFORE_LABEL_END.matcher(found.value()).region(start, m.end());
            if (letters.lookingAt()) {
                start = letters.end();
            }
            while (start < m.end() && (LABEL_ENDINGS.indexOf(found.value().charAt(start)) >= 0
                    || found.value().charAt(start) == MIDDLE_DOT)) {
                start++;
            }
            int end = m.end();
            Matcher watermark = WATERMARK_TAIL.matcher(found.value()).region(start, end);
            if (watermark.find() && NAME.matcher(found.value().substring(start, watermark.start())).matches()) {
                end = watermark.start();
            }
            String candidate = found.value().substring(start, end);
            if (plausible(candidate)) {
                return Optional.of(found.trimmed(start, end).field());
            }
            m.region(m.end(), to);
        }
        return Optional.empty();
    }
}
