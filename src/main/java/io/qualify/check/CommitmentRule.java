package io.qualify.check;

import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Field;
import io.qualify.document.FieldNames;
import io.qualify.document.SignOff;
import io.qualify.text.EnterpriseCores;
import io.qualify.text.Texts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * R12: the network-access commitment is present, sealed, and its 实际用户名称 is the licence's
 * enterprise name (read on the licence, or typed in the form), compared after normalising width,
 * brackets and spaces and allowing the reader's misreadings (look-alikes, characters read unsure, marks
 * of the seal's ink glued on at the ends); a reading that is the start of the name was cut short (a
 * wrapped line) and goes to a person. The applicants' common mistake,
 * the administrator's own name written there, is named in the message. A name that differs only a
 * little, was read below the floor, or is made mostly of the name's own characters (a garbled reading
 * under the seal) goes to a person: a true mismatch is never approved, and a misreading is never refused.
 */
public final class CommitmentRule implements Rule {

    /** A character read at least this sure is taken as written. */
    private static final double CLEAR_CHARACTER = 0.9;
    /**
     * A reading far from the name is another enterprise's only when at least this share of its characters
     * are in none of the names and were read above the floor: read garbled under the seal, the name keeps
     * most of its own characters (深圳市山区巡政品有限贵任公司 for 深圳市南山区迅欧食品有限责任公司: three of
     * twelve foreign), and read garbled at low resolution, the foreign ones are guesses (西宁市服瑞区场航委教管理
     * for 西安市雁塔区越骏餐饮管理: six of seven foreign read at 0.1 to 0.5).
     */
    private static final double OTHER_NAME_SHARE = 0.5;

    private final double confidenceFloor;
    private final LookAlikes lookAlikes;

    public CommitmentRule(double confidenceFloor) {
        this(confidenceFloor, LookAlikes.shipped());
    }

    CommitmentRule(double confidenceFloor, LookAlikes lookAlikes) {
        this.confidenceFloor = confidenceFloor;
        this.lookAlikes = lookAlikes;
    }

    @Override
    public List<Finding> check(Review review) {
        Optional<Document> found = review.best(DocumentKind.NETWORK_ACCESS_COMMITMENT);
        if (found.isEmpty()) {
            return List.of(Finding.of(FindingCode.COMMITMENT_MISSING, List.of()));
        }
        Document commitment = found.get();
        List<Finding> findings = new ArrayList<>();
        userName(review, commitment).ifPresent(findings::add);
        Seals.required(commitment, FindingCode.COMMITMENT_SEAL_MISSING, "commitment-seal-unsure")
                .ifPresent(findings::add);
        return findings;
    }

    private Optional<Finding> userName(Review review, Document commitment) {
        Field read = commitment.fields().get(FieldNames.USER_NAME);
        List<String> files = List.of(commitment.file());
        if (read == null) {
            if (commitment.evidence().signOff().state(SignOff.Part.USER_NAME) == SignOff.State.BLANK) {
                return Optional.of(Finding.of(FindingCode.COMMITMENT_USER_NAME_MISMATCH, files, Map.of("userName", ""))
                        .variant("blank"));
            }
            return Optional.of(Finding.of(FindingCode.LOW_CONFIDENCE, files, Map.of("fields", List.of("userName")))
                    .variant("commitment-name-unread"));
        }
        String user = Texts.normalize(read.value());
        Set<String> names = review.enterpriseNames();
        if (names.isEmpty() || names.stream().anyMatch(n -> sameName(read, user, n))) {
            return Optional.empty();
        }
        Map<String, Object> evidence = Map.of("userName", user, "enterpriseName", names.iterator().next(),
                "confidence", read.confidence());
        if (adminNames(review).stream().anyMatch(a -> a.equals(user) || lookAlikes.agree(user, a))) {
            return Optional.of(Finding.of(FindingCode.COMMITMENT_USER_NAME_MISMATCH, files, evidence)
                    .variant("admin-name"));
        }
        boolean clearly = read.confidence() >= confidenceFloor
                && names.stream().allMatch(n -> Texts.distance(user, n) > Math.max(2, n.length() / 4)
                        && !unbracketed(n).startsWith(unbracketed(user)))
                && EnterpriseCores.mostlyForeign(user, names, OTHER_NAME_SHARE,
                        at -> !read.confidencePerCharacterOf(user) || read.characterConfidence(at) >= confidenceFloor);
        return Optional.of(clearly ? Finding.of(FindingCode.COMMITMENT_USER_NAME_MISMATCH, files, evidence)
                : Finding.of(FindingCode.LOW_CONFIDENCE, files, evidence)
                        .variant("commitment-name-unsure"));
    }

    /**
     * Whether the reading is {@code name} as far as a reader can tell: equal without brackets (a lost
     * bracket is the reader's), with at most two marks glued on at either end (the seal's ink over the
     * line), or differing only in a few characters that are look-alikes or were themselves read unsure.
     */
    private boolean sameName(Field read, String user, String name) {
        String u = unbracketed(user);
        String n = unbracketed(name);
        int glued = u.length() - n.length();
        if (u.equals(n) || glued > 0 && glued <= 2 && u.contains(n)) {
            return true;
        }
        if (lookAlikes.misread(user, name)) {
            return true;
        }
        List<Texts.Edit> edits = Texts.edits(user, name);
        return read.confidencePerCharacterOf(user) && edits.size() <= Math.max(1, name.length() / 6) && edits.stream()
                .allMatch(e -> e.at() < user.length() && read.characterConfidence(e.at()) < CLEAR_CHARACTER);
    }

    private static String unbracketed(String name) {
        return name.replace("(", "").replace(")", "");
    }

    /** The administrator's name wherever it was given: the form, the letter, the ID card. */
    private static Set<String> adminNames(Review review) {
        Set<String> names = new LinkedHashSet<>();
        names.add(Texts.normalize(review.application().adminName()));
        review.best(DocumentKind.NUMBER_APPLICATION_LETTER).map(d -> d.value(FieldNames.ADMIN_NAME)).map(Texts::normalize)
                .ifPresent(names::add);
        review.best(DocumentKind.ID_CARD_FRONT).map(d -> d.value(FieldNames.NAME)).map(Texts::normalize).ifPresent(names::add);
        names.remove("");
        return names;
    }
}
