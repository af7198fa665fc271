package io.qualify.extract;

import io.qualify.document.Evidence;
import io.qualify.document.Field;
import io.qualify.document.FieldNames;
import io.qualify.document.SignOff;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the sign-off of a network-access commitment (电信入网承诺书): {@code userName} (实际用户名称, which
 * R12 compares with the licence's enterprise name) and {@code date} (ISO). Evidence says whether the
 * 实际用户名称 label was seen with nothing after it.
 */
public final class CommitmentExtractor {

    private static final Pattern USER_LABEL = Pattern.compile("实际用户名称|实际用户名|用户名称|实际使用人名称|实际用户");
    private static final Pattern USER = Pattern.compile("[\\p{IsHan}()A-Za-z0-9·]{2,60}");

    /** @see LetterExtractor#extract */
    public Extraction extract(List<TextLine> main, List<TextLine> rereadings) {
        List<TextLine> all = LetterExtractor.concat(main, rereadings);
        Map<String, Field> fields = new HashMap<>();
        SignOffs.Labelled user = SignOffs.after(main, rereadings, USER_LABEL, USER);
        user.value().ifPresent(f -> fields.put(FieldNames.USER_NAME, f));
        Field date = SignOffs.date(main, rereadings);
        if (date != null) {
            fields.put(FieldNames.DATE, date);
        }
        SignOff signOff = new SignOff(Map.of(SignOff.Part.USER_NAME, LetterExtractor.labelState(user)), null);
        return new Extraction(fields, Evidence.of(signOff));
    }
}
