package io.qualify.extract;

import io.qualify.document.Evidence;
import io.qualify.document.Field;
import io.qualify.document.FieldNames;
import io.qualify.document.LicenceMarks;
import io.qualify.text.CreditCodes;
import io.qualify.text.EnterpriseTypes;
import io.qualify.text.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a business licence (营业执照, any of its styles) or an institution certificate (事业单位法人
 * 证书): 名称, 统一社会信用代码 or 注册号, 类型, the legal person under whichever label the style uses
 * (法定代表人, 负责人, 经营者, 投资人, 执行事务合伙人), and 组成形式. Marks that identify a sole trader
 * (个体工商户 title, 经营者 or 组成形式 labels) are kept as evidence for R2.
 */
public final class LicenceExtractor {

    private static final Pattern TYPE_LABEL = Pattern.compile("(?:公司|企业)?类.?型|^.?型");
    /** The legal person's labels; 负责 alone, its 人 lost, only where a line starts (the column of labels). */
    private static final Pattern LEGAL_PERSON_LABEL = Pattern.compile(
            "法?定代表人?(?:姓名)?|法人代表|负?责人(?:姓名)?|^负责(?!人)|经营者(?:姓名)?|投资人(?:姓名)?|执行事务合伙人|经营者姓|者姓名");
    /** How types begin (有限责任公司…, 股份有限公司…, 个人独资企业…): the first words of every known type. */
    private static final Pattern TYPE_START = Pattern.compile(EnterpriseTypes.KNOWN.stream()
            .map(t -> Pattern.quote(t.substring(0, Math.min(4, t.length())))).distinct()
            .collect(java.util.stream.Collectors.joining("|")));
    /** Where an unlabelled type's value ends: the next label or a digit. */
    private static final Pattern VALUE_STOP = Pattern.compile(LabelledValues.ANY_LABEL.pattern() + "|\\d");
    private static final Pattern COMPOSITION_LABEL = Pattern.compile("组成形式|成形式");
    /** A person's name: two to four characters, or a transliterated name joined with ·. */
    private static final Pattern PERSON = Pattern.compile("[\\p{IsHan}]{1,6}·[\\p{IsHan}·]{1,12}|[\\p{IsHan}]{2,4}");
    /**
     * Words of the watermarks pressed over copies of licences (仅限网站认证使用, 仅限网站认证专用, 复印无效):
     * read through a blank row they are no one's name and no print of the row's own.
     */
    static final Pattern WATERMARK_WORDS = Pattern.compile("仅限|仅供|网站|认证|使用|专用|复印|无效");
    /** Labels only sole traders' licences print, at the start of a line (not a word in 经营范围). */
    private static final Pattern SOLE_TRADER_LABELS = Pattern.compile("^.{0,2}?(经营者|组成形式)");

    public Extraction extract(List<TextLine> lines) {
        Map<String, Field> fields = new HashMap<>();
        String[] legalPersonLabel = {null};
        EnterpriseNames.find(lines).ifPresent(f -> fields.put(FieldNames.ENTERPRISE_NAME, f));
        Optional<Field> creditCode = CodeFinder.creditCode(lines);
        Optional<Field> registration = creditCode.filter(f -> CreditCodes.isValid(f.value())).isPresent()
                ? Optional.empty() : CodeFinder.registrationNumber(lines);
        // A registration number that passes its check outweighs an 18-character run that fails its own: an
        // old-style licence has no credit code, and a re-read of 注册号 with its label reads the label as digits.
        if (registration.filter(f -> CreditCodes.isValidRegistrationNumber(f.value())).isPresent()) {
            fields.put(FieldNames.REGISTRATION_NUMBER, registration.get());
        } else if (creditCode.isPresent()) {
            fields.put(FieldNames.CREDIT_CODE, creditCode.get());
        } else {
            registration.ifPresent(f -> fields.put(FieldNames.REGISTRATION_NUMBER, f));
        }
        vote(LabelledValues.all(lines, TYPE_LABEL).stream().map(LicenceExtractor::typeValue).flatMap(Optional::stream).toList())
                .or(() -> unlabelledType(lines))
                .ifPresent(f -> fields.put(FieldNames.ENTERPRISE_TYPE, f));
        List<LabelledValues.Found> persons = legalPersons(lines);
        vote(persons.stream().map(LabelledValues.Found::field).toList()).ifPresent(f -> {
            fields.put(FieldNames.LEGAL_PERSON_NAME, f);
            persons.stream().filter(p -> p.value().equals(f.value())).findFirst()
                    .ifPresent(p -> legalPersonLabel[0] = p.label());
        });
        vote(LabelledValues.all(lines, COMPOSITION_LABEL).stream().map(LabelledValues.Found::field).toList())
                .ifPresent(f -> fields.put(FieldNames.COMPOSITION_FORM, f));
        LicenceMarks marks = new LicenceMarks(legalPersonLabel[0], soleTraderMarks(lines).orElse(null), null);
        return new Extraction(fields, Evidence.of(marks));
    }

    /** The type a 类型 label introduces, taken to the known type it plainly is ({@link EnterpriseTypes#snap}). */
    private static Optional<Field> typeValue(LabelledValues.Found found) {
        String value = found.value();
        int start = 0;
        while (start < value.length() && !Character.isIdeographic(value.codePointAt(start))) {
            start++;
        }
        int end = value.length();
        while (end > start && !(Character.isIdeographic(value.codePointAt(end - 1)) || value.charAt(end - 1) == ')')) {
            end--;
        }
        if (end - start < 2) {
            return Optional.empty();
        }
        Field read = found.trimmed(start, end).field();
        return Optional.of(EnterpriseTypes.snap(read.value()).map(t -> new Field(t, read.confidence())).orElse(read));
    }

    /**
     * When no reading kept the 类型 label (the page reading often drops a widely spaced label and keeps
     * the value), a line that begins with a known type's first words, bar a character or two of noise,
     * holds the type: its value runs to the next label, digit (the 成立日期 beside it) or wide blank and
     * is then judged whole, as a labelled value is, so 有限责任公司(自然大独资) is the refused type it is
     * and never the bare 有限责任公司 it starts with. Only a line's start counts: a name ending in
     * 有限责任公司 never begins with it.
     */
    private static Optional<Field> unlabelledType(List<TextLine> lines) {
        List<Field> found = new ArrayList<>();
        for (TextLine line : lines) {
            String text = line.text();
            for (int start = 0; start <= Math.min(2, text.length()); start++) {
                if (TYPE_START.matcher(text).region(start, text.length()).lookingAt()) {
                    Matcher stop = VALUE_STOP.matcher(text);
                    int end = line.stretchEnd(start, stop.find(start) ? stop.start() : text.length());
                    typeValue(new LabelledValues.Found(text.substring(start, end), line, start, end, "")).ifPresent(found::add);
                    break;
                }
            }
        }
        return vote(found);
    }

    /** Whether the line begins with a licence's or certificate's printed label (名称, 住所…; 公司类型 too). */
    public static boolean startsWithLabel(String text) {
        Matcher m = LabelledValues.ANY_LABEL.matcher(compact(text));
        return m.find() && m.start() <= 2;
    }

    /** Whether the line holds a legal person's label (法定代表人, 负责人, 经营者…). */
    public static boolean holdsLegalPersonLabel(String text) {
        return LEGAL_PERSON_LABEL.matcher(compact(text)).find();
    }

    /**
     * Where the first legal person's label in {@code text} ends (an index into {@code text}, which must
     * be normalised and without spaces for the index to hold), or -1 when it holds none.
     */
    public static int legalPersonLabelEnd(String text) {
        Matcher m = LEGAL_PERSON_LABEL.matcher(text);
        return m.find() && compact(text).equals(text) ? m.end() : -1;
    }

    /**
     * Whether the line holds a legal person's label with characters read after it, before any other
     * label: print on the row, even when it makes no name (法定代表人新, the rest of 姚新璐 lost to blur).
     * A watermark's words read there (网站认证) are not the row's print.
     */
    public static boolean holdsPrintAfterLegalPersonLabel(String text) {
        String t = compact(text);
        Matcher m = LEGAL_PERSON_LABEL.matcher(t);
        while (m.find()) {
            String after = WATERMARK_WORDS.matcher(t.substring(m.end(), LabelledValues.nextLabel(t, m.end()))).replaceAll("");
            if (after.codePoints().anyMatch(Character::isIdeographic)) {
                return true;
            }
        }
        return false;
    }

    /** A line's text normalised and without its spaces, as labels are matched. */
    private static String compact(String text) {
        return Texts.normalize(text).replace(" ", "");
    }

    private static List<LabelledValues.Found> legalPersons(List<TextLine> lines) {
        return LabelledValues.all(lines, LEGAL_PERSON_LABEL).stream().flatMap(found -> {
            Matcher m = PERSON.matcher(found.value());
            while (m.find()) {
                if (!WATERMARK_WORDS.matcher(m.group()).find()) {
                    return java.util.stream.Stream.of(found.trimmed(m.start(), m.end()));
                }
            }
            return java.util.stream.Stream.<LabelledValues.Found>empty();
        }).toList();
    }

    private static Optional<Field> vote(List<Field> fields) {
        return Votes.best(fields.stream().map(f -> new Votes.Candidate(f, 1)).toList());
    }

    /** The first mark that only sole traders' licences carry, if any is printed. */
    private static Optional<String> soleTraderMarks(List<TextLine> lines) {
        for (TextLine line : lines) {
            Matcher m = SOLE_TRADER_LABELS.matcher(line.text());
            if (m.find()) {
                return Optional.of(m.group(1));
            }
            if (Texts.containsFuzzy(line.text(), "个体工商户营业执照")) {
                return Optional.of("个体工商户");
            }
        }
        return Optional.empty();
    }
}
