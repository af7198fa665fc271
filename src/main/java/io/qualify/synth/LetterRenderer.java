package io.qualify.synth;

import java.util.List;
import java.util.Random;

/**
 * Draws a number-application letter (号码申请公函) from a {@link LetterTruth}: maybe a red letterhead or logo,
 * the title, the addressee, the body, 此致 敬礼, and the sign-off with 申请单位, 管理员姓名, 管理员身份证号,
 * 联系电话 and the date, the seal pressed over the applicant's name. The sign-off is either one block at the
 * right or the administrator's lines at the left margin above a right-hand 申请单位 and date.
 * {@code new LetterRenderer().render(truth, 1600, rnd)} gives a random look.
 */
public final class LetterRenderer implements PaperRenderer<LetterTruth> {

    @Override
    public GeneratedKind kind() {
        return GeneratedKind.NUMBER_APPLICATION_LETTER;
    }

    @Override
    public Sheet layout(LetterTruth t, RenderStyle style, Random rnd) {
        PaperLayout p = PaperLayout.start(style, rnd);
        int head = rnd.nextInt(10);
        if (head < 3) {
            p.letterhead(t.applicant());
        } else if (head < 5) {
            p.logo(t.applicant(), mark(t.applicant()));
        }
        p.title(t.title());
        p.line(t.addressee(), 0);
        t.paragraphs().forEach(p::paragraph);
        if (rnd.nextBoolean()) {
            p.line("此致", 2);
            p.line("敬礼!", 0);
        }
        p.y += p.step;
        String adminIdLabel = rnd.nextBoolean() ? "管理员身份证号" : "管理员身份证号码";
        if (rnd.nextBoolean()) {
            signOffBlock(p, t, adminIdLabel);
        } else {
            adminLinesFirst(p, t, adminIdLabel);
        }
        return p.sheet();
    }

    /** One block at the right: 申请单位 (sealed), the administrator, the phone, the date. */
    private static void signOffBlock(PaperLayout p, LetterTruth t, String idLabel) {
        float x = p.blockStart(idLabel + "330106199001011234");
        float sealY = p.y - p.body().getSize() * 0.4f;
        float vx = p.field(applicantLabel(p.rnd()), t.applicant(), x);
        adminLines(p, t, idLabel, x);
        p.field("联系电话", t.phone(), x);
        date(p, t, x);
        stamp(p, t, vx, sealY);
    }

    /** The administrator's lines at the left margin, then 申请单位 and the date at the right, sealed. */
    private static void adminLinesFirst(PaperLayout p, LetterTruth t, String idLabel) {
        adminLines(p, t, idLabel, p.left);
        p.field("联系电话", t.phone(), p.left);
        p.y += p.step;
        float x = p.blockStart(t.applicant() + "(盖章)");
        float sealY = p.y - p.body().getSize() * 0.4f;
        float vx = p.field(applicantLabel(p.rnd()), t.applicant(), x);
        date(p, t, x);
        stamp(p, t, vx, sealY);
    }

    private static void adminLines(PaperLayout p, LetterTruth t, String idLabel, float x) {
        if (t.adminName() != null || t.blankLabels()) {
            p.field("管理员姓名", t.adminName(), x);
        }
        if (t.adminIdNumber() != null || t.blankLabels()) {
            p.field(idLabel, t.adminIdNumber(), x);
        }
    }

    private static void date(PaperLayout p, LetterTruth t, float x) {
        if (t.datePrinted() != null && (t.date() == null || p.rnd().nextBoolean())) {
            p.line(t.datePrinted(), Math.round((x - p.left) / p.body().getSize()));
        } else if (t.datePrinted() != null || t.blankLabels()) {
            p.field("日期", t.datePrinted(), x);
        }
    }

    private static void stamp(PaperLayout p, LetterTruth t, float valueX, float y) {
        if (t.seal() != null) {
            float w = (float) Sheet.metrics(p.body()).getStringBounds(t.applicant(), null).getWidth();
            p.stamp(t.seal(), valueX + Math.min(w, p.sheet().width() * 0.3f) / 2, y + p.step * 0.6f);
        }
    }

    private static String applicantLabel(Random rnd) {
        return List.of("申请单位", "申请单位(盖章)", "申请单位（公章）").get(rnd.nextInt(3));
    }

    /** The logo's character: the first of the trade name after a place (杭州云语… → 云). */
    static String mark(String enterprise) {
        String rest = enterprise.replaceFirst("^.{1,3}?[省市区县]", "");
        return rest.isEmpty() ? enterprise.substring(0, 1) : rest.substring(0, 1);
    }
}
