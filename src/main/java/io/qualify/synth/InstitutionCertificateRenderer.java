package io.qualify.synth;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Draws a 事业单位法人证书 (institution legal-person certificate, accepted instead of a business licence by
 * R1) from an {@link InstitutionTruth}: emblem, title, credit code starting 12, 名称, 宗旨和业务范围, 住所,
 * 法定代表人, 开办资金, 举办单位, validity, and the registration authority's seal.
 */
public final class InstitutionCertificateRenderer implements DocumentRenderer<InstitutionTruth> {

    @Override
    public GeneratedKind kind() {
        return GeneratedKind.INSTITUTION_CERTIFICATE;
    }

    @Override
    public boolean landscape(InstitutionTruth truth) {
        return true;
    }

    @Override
    public BufferedImage render(InstitutionTruth t, RenderStyle s, Random rnd) {
        Page p = Page.start(s, rnd);
        Graphics2D g = p.g();
        int w = p.w();
        int h = p.h();
        p.frame(0.06);
        p.emblem(w / 2, (int) (0.12 * h), (int) (0.05 * w));
        Ornaments.title(g, "事业单位法人证书", s.titleFont((int) (0.055 * w)), s.titleInk(), w / 2, (int) (0.31 * h),
                (int) (0.01 * w));
        g.setColor(s.ink());
        Ink.spacedCentred(g, "(副本)", s.labelFont(), w / 2, (int) (0.37 * h), s.labelPx());
        g.setFont(s.labelFont());
        g.drawString("统一社会信用代码 ", (int) (0.11 * w), (int) (0.43 * h));
        g.setColor(s.valueInk());
        g.setFont(s.valueFont(1.1f));
        g.drawString(t.creditCode(), (int) (0.11 * w) + g.getFontMetrics(s.labelFont()).stringWidth("统一社会信用代码 "),
                (int) (0.43 * h));
        FieldColumn col = FieldColumn.of(p, (int) (0.11 * w), 7, (int) (0.62 * w));
        int y = col.row((int) (0.5 * h), "名称", t.name());
        y = col.row(y, "宗旨和业务范围", t.purposeAndScope());
        y = col.row(y, "住所", t.address());
        y = col.row(y, "法定代表人", t.legalPersonName());
        y = col.row(y, "开办资金", t.funds());
        y = col.row(y, "经费来源", "财政补助");
        col.row(y, "举办单位", t.sponsor());
        g.setColor(s.ink());
        g.setFont(s.valueFont(0.9f));
        g.drawString("有效期 自" + ChineseFormats.ymd(t.validFrom()) + "至" + ChineseFormats.ymd(t.validTo()),
                (int) (0.6 * w), (int) (0.62 * h));
        g.setFont(s.labelFont());
        g.drawString("登记管理机关", (int) (0.7 * w), (int) (0.76 * h));
        g.drawString(ChineseFormats.ymd(t.validFrom()), (int) (0.7 * w), (int) (0.84 * h));
        p.seal(t.issuer(), (int) (0.77 * w), (int) (0.79 * h), (int) (0.075 * w));
        return p.finish();
    }
}
