package io.qualify.report;

import io.qualify.document.FieldNames;
import io.qualify.text.IdNumbers;
import java.util.Set;

/**
 * What a page may show of personal data: everything as read when {@code showPii}, else every resident ID
 * number masked ({@code 330106********1234}), in a field holding one whatever its length (a misread
 * number too), and anywhere in free text. Null becomes "".
 */
final class Masking {

    private static final Set<String> ID_FIELDS = Set.of(FieldNames.ID_NUMBER, FieldNames.ADMIN_ID_NUMBER);

    private final boolean showPii;

    Masking(boolean showPii) {
        this.showPii = showPii;
    }

    boolean showPii() {
        return showPii;
    }

    /** Free text: a message, the text read, a label. */
    String text(String text) {
        if (text == null) {
            return "";
        }
        return showPii ? text : IdNumbers.maskAll(text);
    }

    /** A value that is an ID number as read, whole or not. */
    String idNumber(String number) {
        if (number == null) {
            return "";
        }
        return showPii ? number : IdNumbers.mask(number);
    }

    /** A field's value, masked as its name says. */
    String field(String name, String value) {
        return ID_FIELDS.contains(name) ? idNumber(value) : text(value);
    }
}
