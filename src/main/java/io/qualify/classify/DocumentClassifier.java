package io.qualify.classify;

import io.qualify.document.DocumentKind;
import io.qualify.text.IdNumbers;
import io.qualify.text.Texts;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Decides a document's kind from the text read on it (file names mean nothing). Each kind has cue
 * words with weights; a cue counts when found allowing a quarter of its characters misread. The best
 * kind wins when it is clearly ahead; otherwise the document is {@link DocumentKind#UNKNOWN}.
 */
public final class DocumentClassifier {

    private static final double MIN_SCORE = 3.0;
    /**
     * A resident ID number that passes its check weighs as much as a card's labels: the front prints
     * one, and a photo whose light labels were lost (a card held up, turned a quarter) still shows it.
     * A letter prints its administrator's number too, among cues that weigh far more.
     */
    private static final double ID_NUMBER_WEIGHT = 3.0;
    private static final Map<DocumentKind, List<Cue>> CUES = new EnumMap<>(DocumentKind.class);

    static {
        CUES.put(DocumentKind.BUSINESS_LICENCE, List.of(
                new Cue("营业执照", 4), new Cue("统一社会信用代码", 2), new Cue("注册号", 1), new Cue("法定代表人", 1),
                new Cue("经营范围", 1.5), new Cue("注册资本", 1.5), new Cue("成立日期", 1), new Cue("营业期限", 1.5),
                new Cue("登记机关", 1), new Cue("经营者", 1), new Cue("组成形式", 1.5), new Cue("经营场所", 1),
                new Cue("市场监督管理", 0.5), new Cue("信用信息公示系统", 1)));
        CUES.put(DocumentKind.INSTITUTION_CERTIFICATE, List.of(
                new Cue("事业单位法人证书", 6), new Cue("宗旨和业务范围", 2), new Cue("举办单位", 2), new Cue("经费来源", 2),
                new Cue("开办资金", 2), new Cue("组织机构代码证", 5), new Cue("机构代码", 1), new Cue("登记管理机关", 1)));
        CUES.put(DocumentKind.ID_CARD_FRONT, List.of(
                new Cue("公民身份号码", 4), new Cue("姓名", 1), new Cue("性别", 1.5), new Cue("民族", 1.5),
                new Cue("出生", 1), new Cue("住址", 1.5)));
        CUES.put(DocumentKind.ID_CARD_BACK, List.of(
                new Cue("居民身份证", 3), new Cue("签发机关", 2), new Cue("有效期限", 2), new Cue("中华人民共和国", 1)));
        CUES.put(DocumentKind.NUMBER_APPLICATION_LETTER, List.of(
                new Cue("号码申请公函", 6), new Cue("申请公函", 3), new Cue("公函", 2), new Cue("号码申请", 2),
                new Cue("管理员", 1.5),
                new Cue("身份证号", 1), new Cue("特此申请", 1.5), new Cue("此致", 0.5), new Cue("语音", 0.5)));
        CUES.put(DocumentKind.NETWORK_ACCESS_COMMITMENT, List.of(
                new Cue("入网承诺书", 6), new Cue("实际用户名称", 3), new Cue("承诺书", 2), new Cue("电信", 1),
                new Cue("承诺", 1), new Cue("入网", 1)));
    }

    /** The kind of a document whose recognised text is {@code text}. */
    public Classification classify(String text) {
        String normalized = Texts.normalize(text);
        Map<DocumentKind, Double> scores = new EnumMap<>(DocumentKind.class);
        CUES.forEach((kind, cues) -> scores.put(kind, score(normalized, cues)));
        if (IdNumbers.holdsValid(normalized)) {
            scores.merge(DocumentKind.ID_CARD_FRONT, ID_NUMBER_WEIGHT, Double::sum);
        }
        DocumentKind best = DocumentKind.UNKNOWN;
        double bestScore = 0;
        double runnerUp = 0;
        for (Map.Entry<DocumentKind, Double> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                runnerUp = bestScore;
                bestScore = e.getValue();
                best = e.getKey();
            } else {
                runnerUp = Math.max(runnerUp, e.getValue());
            }
        }
        if (bestScore < MIN_SCORE || bestScore < runnerUp * 1.25) {
            return new Classification(DocumentKind.UNKNOWN, bestScore, scores);
        }
        return new Classification(best, bestScore, scores);
    }

    private static double score(String text, List<Cue> cues) {
        return cues.stream().filter(c -> Texts.containsFuzzy(text, c.word())).mapToDouble(Cue::weight).sum();
    }

    private record Cue(String word, double weight) {
    }

    /** The kind found, its score and every kind's score (kept as evidence). */
    public record Classification(DocumentKind kind, double score, Map<DocumentKind, Double> scores) {
    }
}
