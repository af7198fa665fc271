package io.qualify.check;

import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Field;
import io.qualify.document.FieldNames;
import io.qualify.text.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * R5: the enterprise name typed in the form equals the licence's 名称, compared after normalising
 * width, brackets and spaces. A difference in a name read with less than full confidence may be the
 * OCR's, not the applicant's: that goes to a person (LOW_CONFIDENCE), never to approval, unless the
 * difference itself was read clearly or the whole name is another read above the floor; those are a
 * mismatch. So is a licence whose reading spells a proper legal form (有限公司) where the form has
 * something else in its place: licences print their legal form correctly. A reading that differs only
 * by a few look-alike characters (字 for 宇) from the name typed for the same credit code is the
 * reader's misreading, not a second enterprise: typing slips are homophones, misreadings look-alikes.
 * So is one with a single character glued on before it. That name is taken as matching, with an INFO
 * finding saying so. A reading that differs by one character in one place, however sure, goes to a
 * person: the recogniser reads a blurred 硕 as 项 at full confidence, and only a text layer (confidence
 * 1.0) is print beyond doubt, unless the commitment's 实际用户名称, another print read on its own, reads
 * the same as the licence: two documents agreeing against the form is the form differing. That holds
 * character by character too: where the licence reads one character above the floor and the
 * commitment clearly reads the same one in the same place, both against the form, the form differs,
 * however garbled the rest of the licence's reading.
 */
public final class EnterpriseNameRule implements Rule {

    /** A name read at least this sure is taken as printed, whatever differs. */
    private static final double SURE = 0.97;
    /** A character read at least this sure is taken as printed. */
    private static final double CLEAR_CHARACTER = 0.95;

    /** Legal forms a name ends with, longest first. */
    private static final List<String> LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "有限公司", "分公司");

    private final double confidenceFloor;
    private final LookAlikes lookAlikes;

    /** @param confidenceFloor a name read below this is never called a mismatch: a person compares. */
    public EnterpriseNameRule(double confidenceFloor) {
        this(confidenceFloor, LookAlikes.shipped());
    }

    EnterpriseNameRule(double confidenceFloor, LookAlikes lookAlikes) {
        this.confidenceFloor = confidenceFloor;
        this.lookAlikes = lookAlikes;
    }

    @Override
    public List<Finding> check(Review review) {
        String typed = Texts.normalize(review.application().enterpriseName());
        if (typed.isEmpty()) {
            return List.of();
        }
        return review.certificate().map(d -> compare(typed, d, sameCode(review, d), commitmentNames(review)))
                .orElse(List.of());
    }

    /** Whether the form's credit code (or 注册号) is the one read on the certificate. */
    private static boolean sameCode(Review review, Document certificate) {
        String typed = review.application().creditCode();
        if (typed == null || typed.isBlank()) {
            return false;
        }
        String code = Texts.normalize(typed).toUpperCase();
        return code.equals(certificate.value(FieldNames.CREDIT_CODE)) || code.equals(certificate.value(FieldNames.REGISTRATION_NUMBER));
    }

    /** The 实际用户名称 read on the submission's commitments. */
    private static List<Field> commitmentNames(Review review) {
        List<Field> names = new ArrayList<>();
        for (Document commitment : review.ofKind(DocumentKind.NETWORK_ACCESS_COMMITMENT)) {
            Field name = commitment.fields().get(FieldNames.USER_NAME);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private List<Finding> compare(String typed, Document certificate, boolean sameCode, List<Field> commitments) {
        Field read = certificate.fields().get(FieldNames.ENTERPRISE_NAME);
        if (read == null) {
            return List.of();
        }
        String onLicence = Texts.normalize(read.value());
        if (onLicence.equals(typed)) {
            return List.of();
        }
        Map<String, Object> evidence = Map.of("form", typed, "licence", onLicence, "confidence", read.confidence());
        int distance = Texts.distance(typed, onLicence);
        if (otherLegalForm(read, onLicence, typed)) {
            return List.of(Finding.of(FindingCode.ENTERPRISE_NAME_MISMATCH, List.of(certificate.file()), evidence)
                    .variant("legal-form"));
        }
        if (wrappedTail(onLicence, typed)) {
            return List.of(Finding.of(FindingCode.LOW_CONFIDENCE, List.of(certificate.file()), evidence)
                    .variant("name-wrapped"));
        }
        if (droppedOne(onLicence, typed)) {
            return List.of(Finding.of(FindingCode.LOW_CONFIDENCE, List.of(certificate.file()), evidence)
                    .variant("name-one-short"));
        }
        Optional<String> corroborating = corroborated(read, onLicence, typed, commitments);
        if (corroborating.isPresent()) {
            Map<String, Object> corroborated = new HashMap<>(evidence);
            corroborated.put("commitment", corroborating.get());
            return List.of(Finding.of(FindingCode.ENTERPRISE_NAME_MISMATCH, List.of(certificate.file()), corroborated));
        }
        // A mismatch needs positive evidence: a name read with full confidence, a wholly different name
        // read above the floor, or an edit whose own characters were read clearly. A garbled photo can
        // read a name into something wholly different, so a reading below the floor is never evidence.
        if (sameCode && (lookAlikes.misread(onLicence, typed) || gluedOn(onLicence, typed))) {
            return List.of(Finding.of(FindingCode.NAME_READ_APPROXIMATELY, List.of(certificate.file()), evidence));
        }
        if (read.confidence() < 1.0 && distance == 1 && onLicence.length() == typed.length()) {
            if (commitments.stream().anyMatch(c -> Texts.normalize(c.value()).equals(onLicence))) {
                // the commitment, printed and photographed apart, reads the licence's character too
                Map<String, Object> corroborated = new HashMap<>(evidence);
                corroborated.put("commitment", onLicence);
                return List.of(Finding.of(FindingCode.ENTERPRISE_NAME_MISMATCH, List.of(certificate.file()), corroborated));
            }
            return List.of(Finding.of(FindingCode.LOW_CONFIDENCE, List.of(certificate.file()), evidence)
                    .variant("name-one-off"));
        }
        boolean printed = read.confidence() >= SURE
                || read.confidence() >= confidenceFloor && distance > typed.length() / 2
                || clearlyDifferent(read, onLicence, typed);
        if (!printed) {
            return List.of(Finding.of(FindingCode.LOW_CONFIDENCE, List.of(certificate.file()), evidence)
                    .variant("name-unsure"));
        }
        return List.of(Finding.of(FindingCode.ENTERPRISE_NAME_MISMATCH, List.of(certificate.file()), evidence));
    }

    /**
     * The commitment's 实际用户名称 that, in a place where the licence's reading differs from the form,
     * clearly reads ({@link #CLEAR_CHARACTER}) the licence's character, itself read above the floor: two
     * prints photographed apart agreeing against the typed name (湖南省琪捷餐饮管理 on both, 管越 typed, the
     * rest of the licence garbled at low resolution). Names of another length are not compared place by
     * place, and a look-alike pair is left out: the recogniser may misread the same look-alike on both prints.
     */
    private Optional<String> corroborated(Field read, String onLicence, String typed, List<Field> commitments) {
        if (onLicence.length() != typed.length()) {
            return Optional.empty();
        }
        for (Field commitment : commitments) {
            String user = Texts.normalize(commitment.value());
            if (user.length() != typed.length()) {
                continue;
            }
            for (int i = 0; i < typed.length(); i++) {
                char printed = onLicence.charAt(i);
                if (printed != typed.charAt(i) && user.charAt(i) == printed
                        && !lookAlikes.alike(printed, typed.charAt(i))
                        && read.characterConfidence(onLicence, i) >= confidenceFloor
                        && commitment.characterConfidence(user, i) >= CLEAR_CHARACTER) {
                    return Optional.of(user);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the reading ends with a legal form read above the floor while the form, equal up to
     * there, has as many other characters in its place: 有限公司 against a typed 启限公司. A reader
     * may lose or repeat characters (有有限公司), so a tail of another length proves nothing here.
     */
    private boolean otherLegalForm(Field read, String onLicence, String typed) {
        for (String form : LEGAL_FORMS) {
            if (onLicence.endsWith(form)) {
                int head = onLicence.length() - form.length();
                String typedTail = typed.substring(Math.min(head, typed.length()));
                return typed.startsWith(onLicence.substring(0, head)) && !typedTail.equals(form)
                        && typedTail.length() == form.length() && formReadClearly(read, onLicence, head);
            }
        }
        return false;
    }

    private boolean formReadClearly(Field read, String onLicence, int from) {
        for (int i = from; i < onLicence.length(); i++) {
            if (read.characterConfidence(onLicence, i) < confidenceFloor) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the reading is the typed name with one character left out (宁波市州区公证处 for 宁波市鄞州区
     * 公证处), the rest read as typed or with look-alikes (重庆市中区农业技木推广中心 for 重庆市渝中区农业技术推广
     * 中心: 渝 lost, 木 for 术): a reader drops a rare or faint character far more often than an applicant
     * types a name one character short, and a dropped character leaves nothing whose confidence could show it.
     */
    private boolean droppedOne(String onLicence, String typed) {
        if (typed.length() != onLicence.length() + 1) {
            return false;
        }
        for (int i = 0; i < typed.length(); i++) {
            String without = typed.substring(0, i) + typed.substring(i + 1);
            if (without.equals(onLicence) || lookAlikes.misread(onLicence, without)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the reading is the typed name with one character before it: the residue of the 名称
     * label or a frame's mark read as part of the name. No enterprise name is another's with one
     * character put in front.
     */
    private static boolean gluedOn(String onLicence, String typed) {
        return onLicence.length() == typed.length() + 1 && onLicence.endsWith(typed);
    }

    /** Whether the character at {@code at} (not at either end) equals a neighbour. */
    private static boolean repeated(String text, int at) {
        return text.charAt(at) == text.charAt(at - 1) || text.charAt(at) == text.charAt(at + 1);
    }

    /**
     * Whether the reading is the start of the typed name, give or take a misread character, with the
     * rest missing: a long name (…有限公司武昌分公司) wraps onto a second line that the reading did not
     * join. Whether the tail is printed is for a person to see.
     */
    private static boolean wrappedTail(String onLicence, String typed) {
        if (onLicence.length() >= typed.length() || onLicence.length() * 2 < typed.length()) {
            return false;
        }
        return Texts.distance(onLicence, typed.substring(0, onLicence.length())) <= Math.max(1, typed.length() / 6);
    }

    /**
     * Whether the licence clearly prints something other than the form: an edit inside the name whose
     * own characters were read at least {@link #CLEAR_CHARACTER} sure. A surplus character (有限责任公司
     * read with 责任 at 0.99 against a typed 有限公司); characters the reading lacks while both its
     * neighbours were read clearly (股份 missing from 股份有限公司); a whole word of two or more
     * characters read clearly in place of another (科技 for 贸易). One character in place of another
     * proves nothing, however sure: the model misreads look-alikes (宇 and 字, 禅 and 祥) with full
     * confidence. Edits at either end prove nothing either: a frame's mark glues on, a wrapped name's
     * tail is lost. Only the edited characters' own confidences count, not the name's mean. Unknown
     * when the reader gave no per-character confidences.
     */
    private static boolean clearlyDifferent(Field read, String onLicence, String typed) {
        if (!read.confidencePerCharacterOf(onLicence)) {
            return false;
        }
        int last = onLicence.length() - 1;
        Set<Integer> clearSubstitutions = new HashSet<>();
        for (Texts.Edit edit : Texts.edits(onLicence, typed)) {
            int at = edit.at();
            boolean inside = at > 0 && at < last;
            switch (edit.kind()) {
                case SURPLUS -> {
                    // a character read twice (有有限公司) is the reader stuttering, not print
                    if (inside && !repeated(onLicence, at) && read.characterConfidence(at) >= CLEAR_CHARACTER) {
                        return true;
                    }
                }
                case MISSING -> {
                    if (at > 0 && at <= last && read.characterConfidence(at - 1) >= CLEAR_CHARACTER
                            && read.characterConfidence(at) >= CLEAR_CHARACTER) {
                        return true;
                    }
                }
                case SUBSTITUTE -> {
                    if (inside && read.characterConfidence(at) >= CLEAR_CHARACTER) {
                        clearSubstitutions.add(at);
                    }
                }
            }
        }
        return clearSubstitutions.stream().anyMatch(at -> clearSubstitutions.contains(at + 1));
    }
}
