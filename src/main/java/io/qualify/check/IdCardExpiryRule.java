package io.qualify.check;

import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Field;
import io.qualify.document.FieldNames;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * R9, the validity: the back's 有效期限 has not ended on the day of the review; 长期 never ends. Cards
 * are issued for 5, 10 or 20 years, so a period of exactly that length shows both dates were read
 * right (then half the confidence floor is enough, or two readings of the card that agree, whatever
 * confidence the engine gave the dates); an ended period read otherwise (a misread year
 * turns 2036 into 2016) goes to a person, as does a back whose period could not be read.
 */
public final class IdCardExpiryRule implements Rule {

    private static final Set<Integer> TERMS = Set.of(5, 10, 20);

    private final double confidenceFloor;

    public IdCardExpiryRule(double confidenceFloor) {
        this.confidenceFloor = confidenceFloor;
    }

    @Override
    public List<Finding> check(Review review) {
        List<Document> backs = review.ofKind(DocumentKind.ID_CARD_BACK);
        if (backs.isEmpty()) {
            return List.of();
        }
        Document back = backs.stream().filter(d -> d.value(FieldNames.VALID_UNTIL) != null).findFirst().orElse(backs.get(0));
        Field until = back.fields().get(FieldNames.VALID_UNTIL);
        if (until == null) {
            return List.of(Finding.of(FindingCode.LOW_CONFIDENCE, List.of(back.file()), Map.of("fields", List.of("validUntil")))
                    .variant("expiry-unread"));
        }
        if (until.value().equals("长期")) {
            return List.of();
        }
        LocalDate end;
        try {
            end = LocalDate.parse(until.value());
        } catch (DateTimeException e) {
            return List.of(Finding.of(FindingCode.LOW_CONFIDENCE, List.of(back.file()), Map.of("validUntil", until.value())));
        }
        if (!end.isBefore(review.reviewDate())) {
            return List.of();
        }
        Map<String, Object> evidence = Map.of("validUntil", until.value(), "reviewDate", review.reviewDate().toString());
        boolean readAlike = back.evidence().card().readings().validityReadAlike();
        boolean sure = (until.confidence() >= confidenceFloor / 2 || readAlike) && wholeTerm(back.value(FieldNames.VALID_FROM), end);
        return List.of(sure ? Finding.of(FindingCode.ID_CARD_EXPIRED, List.of(back.file()), evidence)
                : Finding.of(FindingCode.LOW_CONFIDENCE, List.of(back.file()), evidence)
                        .variant("expiry-unsure"));
    }

    private static boolean wholeTerm(String from, LocalDate end) {
        try {
            Period p = Period.between(LocalDate.parse(from), end);
            return p.getDays() == 0 && p.getMonths() == 0 && TERMS.contains(p.getYears());
        } catch (DateTimeException | NullPointerException e) {
            return false;
        }
    }
}
