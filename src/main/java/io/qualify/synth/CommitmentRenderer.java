package io.qualify.synth;

import java.util.List;
import java.util.Random;

/**
 * Draws a network-access commitment (电信入网承诺书) from a {@link CommitmentTruth}: the title, sometimes an
 * addressee, the intro, the numbered clauses, a closing sentence and the sign-off with 实际用户名称,
 * 承诺单位(盖章) under the seal, and the date. {@code new CommitmentRenderer().render(truth, 1600, rnd)}.
 */
public final class CommitmentRenderer implements PaperRenderer<CommitmentTruth> {

    private static final List<String> CLOSINGS = List.of("本承诺书自签署之日起生效。", "特此承诺。",
            "本单位已阅读并理解上述条款,自愿遵守。");

    @Override
    public GeneratedKind kind() {
        return GeneratedKind.NETWORK_ACCESS_COMMITMENT;
    }

    @Override
    public Sheet layout(CommitmentTruth t, RenderStyle style, Random rnd) {
        PaperLayout p = PaperLayout.start(style, rnd);
        p.title(t.title());
        if (rnd.nextInt(3) == 0) {
            p.line(rnd.nextBoolean() ? "致:中国电信股份有限公司" : "致:语音服务提供方", 0);
        }
        p.paragraph(t.intro());
        for (String clause : t.clauses()) {
            p.paragraph(clause);
        }
        p.paragraph(CLOSINGS.get(rnd.nextInt(CLOSINGS.size())));
        p.y += p.step * 1.5f;
        String unitLabel = rnd.nextBoolean() ? "承诺单位(盖章)" : "承诺单位（盖章）";
        float x = p.blockStart(unitLabel + longer(t.userName(), t.signatory()));
        p.field("实际用户名称", t.userName(), x);
        float sealY = p.y - p.body().getSize() * 0.4f;
        float vx = p.field(unitLabel, t.signatory(), x);
        if (rnd.nextBoolean()) {
            p.field("日期", t.datePrinted(), x);
        } else {
            p.line(t.datePrinted(), Math.round((x - p.left) / p.body().getSize()) + 2);
        }
        if (t.seal() != null) {
            p.stamp(t.seal(), vx + p.body().getSize() * 4, sealY + p.step * 0.4f);
        }
        return p.sheet();
    }

    private static String longer(String a, String b) {
        return b == null || a.length() >= b.length() ? a : b;
    }
}
