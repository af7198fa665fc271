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
 * clearly (sure, and long enough to be a name), or fairly and made mostly of characters foreign to the
 * name, or faintly but read round to a legal form and made almost wholly of foreign characters, that
 * neither holds the enterprise's name or its distinctive part, nor shares half its characters with it,
 * raises the WARNING, with the text read as evidence. The WARNING sends the submission to a person, who
 * looks at the seal: a faint reading is enough to ask, never to refuse.
 */
public final class SealNameRule implements Rule {

    /** Seal text read less sure than this proves nothing. */
    static final double CLEAR = 0.85;
    /** Seal text read at least this sure, long and mostly foreign to the name, is another name. */
    static final double FAIR = 0.7;
    /**
     * Seal text read at least this sure, long, ending in a legal form and almost wholly foreign to the
     * name, is another name (湖江春湖泰人办管源有限公司 read at 0.62 on a commitment of 铭谷宏生物科技(郑州)有限公司,
     * the seal being 浙江省澜嘉人力资源有限公司): a misreading of the enterprise's own seal keeps some of its
     * characters, and a reading that reached the legal form followed the ring, not the noise around it.
     */
    static final double FAINT = 0.5;
    /**
     * The share of a faint reading's characters (legal form left out) that must be foreign to the name:
     * at most one in ten may be the name's. Read at 0.5 to 0.7, an enterprise's own seal may keep as
     * little as one character in seven (南江海南美集务有限公司业司 at 0.52 for 浙江省扬果贸易有限公司), so a
     * faint reading of another name that shares a place or a trade word with this one is not caught here.
     */
    static final double ALMOST_ALL = 0.9;
    /** A reading this long (in Chinese characters) is a whole name, not a fragment of the arc. */
    static final int LONG_NAME = 8;
    /** Fewer Chinese characters than this are a fragment of the arc, not a name. */
    static final int NAME_LENGTH = 6;

    @Override
    public List<Finding> check(Review review) {
        Set<String> names = review.enterpriseNames();
        List<Finding> findings = new ArrayList<>();
        for (Document d : review.documents()) {
            boolean sealed = d.kind() == DocumentKind.NUMBER_APPLICATION_LETTER
                    || d.kind() == DocumentKind.NETWORK_ACCESS_COMMITMENT;
            String text = d.evidence().sealing().text();
            Double confidence = d.evidence().sealing().textConfidence();
            if (sealed && !names.isEmpty() && text != null && confidence != null
                    && clearlyOther(Texts.normalize(text), confidence, names)) {
                findings.add(Finding.of(FindingCode.SEAL_NAME_MISMATCH, List.of(d.file()),
                        Map.of("sealText", text, "confidence", confidence, "enterpriseName", names.iterator().next())));
            }
        }
        return findings;
    }

    /**
     * Whether the seal's text names another enterprise: read clearly ({@link #CLEAR}) and not the name,
     * or read less sure ({@link #FAIR}) but long and made mostly of characters no name holds, or read
     * faintly ({@link #FAINT}) but long, round to a legal form, and almost wholly foreign. A misread
     * character of the enterprise's own seal is a look-alike of the printed one, so most of a misread
     * own seal's characters still occur in the name (深圳市承德居汽车服务有限公司 for 禾途居); another
     * enterprise's seal shares little more than 有限公司 (上澳市嘉朗旅游有限益任公司 for 越亿液压(广州)有限公司).
     * The legal form every company prints (有限公司, 有限责任公司) is left out of the count: it would make
     * another short name look half the enterprise's own (东莞市金创家居有限公司 for 福州市博琦建材有限责任公司).
     */
    static boolean clearlyOther(String text, double confidence, Set<String> names) {
        if (confidence < FAINT || !otherName(text, names)) {
            return false;
        }
        if (confidence >= CLEAR) {
            return true;
        }
        if (Texts.cjkCount(text) < LONG_NAME) {
            return false;
        }
        if (confidence >= FAIR) {
            return EnterpriseCores.mostlyForeign(text, names, 2.0 / 3);
        }
        return EnterpriseCores.withoutLegalForm(text).length() < text.length()
                && EnterpriseCores.mostlyForeign(text, names, ALMOST_ALL);
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
        return names.stream().noneMatch(name -> {
            String n = bare(name);
            return read.contains(n) || n.contains(read) || EnterpriseCores.named(read, n) || near(text, name);
        });
    }

    /**
     * Whether the two differ in at most half their characters, counted without the legal form: the
     * 有限公司 every company ends with, and the city many share, would make another enterprise of the
     * same town look near (郑州市城泓五金有限公司 for 郑州汇仁电子商务有限公司: six edits in twelve). The
     * ring's legal form may itself be misread (东第科品生物科技有限责保公 for 东莞祥品生物科技有限责任公司):
     * it goes too when it is near the name's.
     */
    private static boolean near(String text, String name) {
        String read = bare(EnterpriseCores.withoutLegalFormOf(text, name));
        String n = bare(EnterpriseCores.withoutLegalForm(name));
        return Texts.distance(read, n) * 2 <= Math.max(read.length(), n.length());
    }

    private static String bare(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
