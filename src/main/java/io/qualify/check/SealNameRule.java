package io.qualify.check;

import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.text.EnterpriseCores;
import io.qualify.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * R19: the seal on the letter and the commitment names the enterprise it stands for. Arc text is hard
 * to read, and the reader misreads seal characters even when sure of them, so only a seal text read
 * clearly (sure, and long enough to be a name) that neither holds the enterprise's name or its
 * distinctive part, nor shares half its characters with it, raises the WARNING, with the text read as
 * evidence.
 */
public final class SealNameRule implements Rule {

    /** Seal text read less sure than this proves nothing. */
    static final double CLEAR = 0.85;
    /** Fewer Chinese characters than this are a fragment of the arc, not a name. */
    static final int NAME_LENGTH = 6;

    @Override
    public List<Finding> check(Review review) {
        Set<String> names = review.enterpriseNames();
        List<Finding> findings = new ArrayList<>();
        for (Document d : review.documents()) {
            boolean sealed = d.kind() == DocumentKind.NUMBER_APPLICATION_LETTER
                    || d.kind() == DocumentKind.NETWORK_ACCESS_COMMITMENT;
            if (sealed && !names.isEmpty() && d.evidence().get("sealText") instanceof String text
                    && d.evidence().get("sealTextConfidence") instanceof Number confidence
                    && confidence.doubleValue() >= CLEAR && otherName(Texts.normalize(text), names)) {
                findings.add(Finding.of(FindingCode.SEAL_NAME_MISMATCH, List.of(d.file()),
                        Map.of("sealText", text, "confidence", confidence, "enterpriseName", names.iterator().next())));
            }
        }
        return findings;
    }

    /**
     * Whether the text, compared as letters and digits alone (a seal's ring prints no brackets: 澜恒农业开发
     * 福州有限公司 for 澜恒农业开发(福州)有限公司), is no part of any of the names and not near one.
     */
    static boolean otherName(String text, Set<String> names) {
        if (Texts.cjkCount(text) < NAME_LENGTH) {
            return false;
        }
        String read = bare(text);
        return names.stream().map(SealNameRule::bare).noneMatch(n -> read.contains(n) || n.contains(read)
                || EnterpriseCores.named(read, n) || Texts.distance(read, n) * 2 <= Math.max(read.length(), n.length()));
    }

    private static String bare(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
