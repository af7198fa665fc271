package io.qualify.extract;

import io.qualify.document.CardEvidence;
import io.qualify.document.Evidence;
import io.qualify.document.Field;
import io.qualify.document.FieldNames;
import io.qualify.text.IdNumbers;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a resident ID card's fields from its recognised lines. The front (人像面): {@code name} (姓名),
 * {@code sex} (性别), {@code nation} (民族), {@code birthDate} (出生, ISO), {@code address} (住址) and
 * {@code idNumber} (公民身份号码). The back (国徽面): {@code issuer} (签发机关), {@code validFrom} and
 * {@code validUntil} (有效期限; ISO dates, or 长期 for a card valid for life). A number read with a
 * look-alike letter (O for 0, I for 1, Z, S, B) is repaired only when the repaired number passes its
 * check character; a number that fails as printed is kept as read, for R9 to refuse.
 */
public final class IdCardExtractor {

    private static final Pattern NAME_LABEL = Pattern.compile("^.?姓.?名|^.?名");
    private static final Pattern PERSON = Pattern.compile("[\\p{IsHan}]{1,6}·[\\p{IsHan}·]{1,12}|[\\p{IsHan}]{2,4}");
    private static final Pattern SEX = Pattern.compile("(?:性.?别|别)[^男女]{0,2}([男女])");
    private static final Pattern NATION = Pattern.compile("民.?族[^\\p{IsHan}]{0,2}([\\p{IsHan}]{1,5}?)(?:族)?(?:出生|$|[^\\p{IsHan}])");
    private static final Pattern BIRTH = Pattern.compile("(\\d{4})\\D{0,2}年\\D{0,2}(\\d{1,2})\\D{0,2}月\\D{0,2}(\\d{1,2})");
    private static final Pattern ADDRESS_LABEL = Pattern.compile("住.?址|^.?址");
    private static final Pattern NUMBER_LABEL = Pattern.compile("身份.{0,2}号|份号码|民身份|号码");
    /** An 18-character number as read, look-alike letters included; also 15–20 for a misprint or a fake. */
    private static final Pattern NUMBER = Pattern.compile("(?<![0-9A-Z])[0-9OoDIlZSB|]{15,20}[0-9Xx]?(?![0-9A-Z])");
    private static final Pattern ISSUER_LABEL = Pattern.compile("签.?发.?机.?关|发机关|机关");
    private static final Pattern ISSUER = Pattern.compile("[\\p{IsHan}]{3,20}");
    private static final Pattern VALIDITY = Pattern.compile(
            "(\\d{4})[.\\-/年](\\d{1,2})[.\\-/月](\\d{1,2})日?[-—–~至一_]+(?:(\\d{4})[.\\-/年](\\d{1,2})[.\\-/月](\\d{1,2})|(长期))");
    /** A line that begins another field: the address's continuation stops before it. */
    private static final Pattern OTHER_LABEL = Pattern.compile("公民|身份|号码|\\d{6,}");

    /** The front's fields, from its lines in reading order. */
    public Extraction front(List<TextLine> lines) {
        Map<String, Field> fields = new HashMap<>();
        name(lines).ifPresent(f -> fields.put(FieldNames.NAME, f));
        List<Field> births = new java.util.ArrayList<>();
        for (TextLine line : lines) {
            Matcher sex = SEX.matcher(line.text());
            if (!fields.containsKey(FieldNames.SEX) && sex.find()) {
                fields.put(FieldNames.SEX, line.field(sex.start(1), sex.end(1)));
            }
            Matcher nation = NATION.matcher(line.text());
            if (!fields.containsKey(FieldNames.NATION) && nation.find()) {
                fields.put(FieldNames.NATION, line.field(nation.start(1), nation.end(1)));
            }
            Matcher birth = BIRTH.matcher(line.text());
            if (birth.find()) {
                double c = line.confidence(birth.start(), birth.end());
                date(birth.group(1), birth.group(2), birth.group(3)).ifPresent(d -> births.add(new Field(d.toString(), c)));
            }
        }
        // the first reading's date, confirmed when another reading of the card (grey, strokes) read it alike
        Long birthReadings = null;
        if (!births.isEmpty()) {
            Field first = births.get(0);
            fields.put(FieldNames.BIRTH_DATE, first);
            birthReadings = births.stream().filter(b -> b.value().equals(first.value())).count();
        }
        address(lines).ifPresent(f -> fields.put(FieldNames.ADDRESS, f));
        Optional<Number> number = number(lines);
        number.ifPresent(n -> fields.put(FieldNames.ID_NUMBER, n.field()));
        boolean repaired = number.filter(Number::repaired).isPresent();
        CardEvidence.Readings readings = new CardEvidence.Readings(null, repaired, birthReadings, null);
        return new Extraction(fields, Evidence.of(CardEvidence.of(readings)));
    }

    /**
     * The back's fields, from its lines in reading order. The card may have been read more than once
     * (grey, strokes): a period read alike on several lines is the most voted, and its confidence is
     * that of any of those readings being right (1 − Π(1 − c)).
     */
    public Extraction back(List<TextLine> lines) {
        Map<String, Field> fields = new HashMap<>();
        Map<List<String>, Double> periods = new java.util.LinkedHashMap<>();
        Map<List<String>, Integer> votes = new HashMap<>();
        for (TextLine line : lines) {
            Matcher issuer = ISSUER_LABEL.matcher(line.text());
            if (!fields.containsKey(FieldNames.ISSUER) && issuer.find()) {
                Matcher value = ISSUER.matcher(line.text());
                if (value.find(issuer.end())) {
                    fields.put(FieldNames.ISSUER, line.field(value.start(), value.end()));
                }
            }
            Matcher validity = VALIDITY.matcher(line.text());
            while (validity.find()) {
                Optional<LocalDate> from = date(validity.group(1), validity.group(2), validity.group(3));
                Optional<String> until = validity.group(7) != null ? Optional.of("长期")
                        : date(validity.group(4), validity.group(5), validity.group(6)).map(LocalDate::toString);
                if (from.isPresent() && until.isPresent()) {
                    List<String> period = List.of(from.get().toString(), until.get());
                    double c = line.confidence(validity.start(), validity.end());
                    periods.merge(period, 1 - c, (a, b) -> a * b);
                    votes.merge(period, 1, Integer::sum);
                }
            }
        }
        Optional<List<String>> chosen = periods.keySet().stream()
                .max(java.util.Comparator.comparing((List<String> p) -> votes.get(p)).thenComparing(p -> -periods.get(p)));
        chosen.ifPresent(p -> {
            double confidence = 1 - periods.get(p);
            fields.put(FieldNames.VALID_FROM, new Field(p.get(0), confidence));
            fields.put(FieldNames.VALID_UNTIL, new Field(p.get(1), confidence));
        });
        Integer validityReadings = chosen.map(votes::get).orElse(null);
        CardEvidence.Readings readings = new CardEvidence.Readings(null, false, null, validityReadings);
        return new Extraction(fields, Evidence.of(CardEvidence.of(readings)));
    }


    private static Optional<Field> name(List<TextLine> lines) {
        for (TextLine line : lines) {
            Matcher label = NAME_LABEL.matcher(line.text());
            if (label.find()) {
                Matcher person = PERSON.matcher(line.text());
                if (person.find(label.end())) {
                    return Optional.of(line.field(person.start(), person.end()));
                }
            }
        }
        return Optional.empty();
    }

    /** The 住址 line's value and the lines that continue it, up to the number's line. */
    private static Optional<Field> address(List<TextLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            Matcher label = ADDRESS_LABEL.matcher(line.text());
            if (!label.find() || label.end() >= line.text().length()) {
                continue;
            }
            StringBuilder value = new StringBuilder(line.text().substring(label.end()));
            double confidence = line.confidence(label.end(), line.text().length());
            int parts = 1;
            for (int j = i + 1; j < lines.size() && j <= i + 2; j++) {
                String next = lines.get(j).text();
                if (next.isEmpty() || OTHER_LABEL.matcher(next).find()) {
                    break;
                }
                value.append(next);
                confidence += lines.get(j).confidence(0, next.length());
                parts++;
            }
            return Optional.of(new Field(value.toString(), confidence / parts));
        }
        return Optional.empty();
    }

    /** The number as read (and whether look-alike letters were repaired into a number that passes). */
    record Number(Field field, boolean repaired) {
    }

    /**
     * The ID number: on the line labelled 公民身份号码 when there is one, else the longest number-like
     * run anywhere. Look-alike letters are repaired only when that makes a number that passes.
     */
    static Optional<Number> number(List<TextLine> lines) {
        Number best = null;
        boolean bestLabelled = false;
        for (TextLine line : lines) {
            boolean labelled = NUMBER_LABEL.matcher(line.text()).find();
            Matcher m = NUMBER.matcher(line.text());
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                // a bar read beside the number is the card's edge or a stroke, not a 1
                while (end > start && line.text().charAt(end - 1) == '|') {
                    end--;
                }
                while (start < end && line.text().charAt(start) == '|') {
                    start++;
                }
                String read = line.text().substring(start, end);
                if (read.length() < 15) {
                    continue;
                }
                Field field = line.field(start, end);
                Number candidate = repaired(read).map(r -> new Number(new Field(r, field.confidence()), true))
                        .orElse(new Number(new Field(read, field.confidence()), false));
                boolean better = best == null || labelled && !bestLabelled
                        || labelled == bestLabelled && score(candidate) > score(best);
                if (better) {
                    best = candidate;
                    bestLabelled = labelled;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Passing numbers first, then those of 18 characters, then by confidence. */
    private static double score(Number n) {
        String v = n.field().value();
        return (IdNumbers.isValid(v) ? 2 : 0) + (v.length() == 18 ? 1 : 0) + n.field().confidence() / 10;
    }

    /** The read run with look-alike letters turned into digits, when that alone makes it pass; else empty. */
    static Optional<String> repaired(String read) {
        if (IdNumbers.isValid(read)) {
            return Optional.empty();
        }
        String digits = read.replace('O', '0').replace('o', '0').replace('D', '0').replace('I', '1').replace('l', '1')
                .replace('|', '1').replace('Z', '2').replace('S', '5').replace('B', '8').replace('x', 'X');
        return !digits.equals(read) && IdNumbers.isValid(digits) ? Optional.of(digits) : Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
