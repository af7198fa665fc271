package io.qualify.synth;

import java.awt.Font;
import java.awt.Graphics2D;

/**
 * The two new-style (2015+) licence looks: landscape with the credit code top-left and the QR block
 * top-right (modelled on 副本 licences), and portrait with the code under the title. Called by
 * {@link LicenceRenderer}; positions are fractions of the page so that any size works.
 */
final class NewLicenceLayouts {

    private NewLicenceLayouts() {
    }

    static void landscape(Page p, LicenceTruth t) {
        RenderStyle s = p.style();
        Graphics2D g = p.g();
        int w = p.w();
        int h = p.h();
        p.frame(0.07);
        p.emblem(w / 2, (int) (0.125 * h), (int) (0.052 * w));
        Ornaments.title(g, t.title(), s.titleFont((int) (0.058 * w)), s.titleInk(), w / 2, (int) (0.33 * h),
                (int) (0.03 * w));
        if (t.copy()) {
            g.setColor(s.ink());
            Ink.spacedCentred(g, "(副本)", s.labelFont().deriveFont(s.labelPx() * 1.3f), w / 2, (int) (0.40 * h),
                    s.labelPx());
        }
        codeTopLeft(p, t, (int) (0.11 * w), (int) (0.27 * h));
        Ornaments.qr(g, (int) (0.76 * w), (int) (0.22 * h), (int) (0.075 * w), p.rnd());
        int rowsTop = (int) (0.49 * h);
        leftColumn(p, t, rowsTop);
        FieldColumn right = FieldColumn.of(p, (int) (0.56 * w), 4, (int) (0.9 * w));
        int y = rowsTop;
        if (t.registeredCapital() != null) {
            y = right.row(y, "注册资本", t.registeredCapital());
        }
        y = right.row(y, "成立日期", ChineseFormats.ymd(t.establishedDate()));
        y = right.row(y, "营业期限", t.businessTerm());
        right.row(y, "住所", t.address());
        LicenceRenderer.sealBlock(p, t, "登记机关", (int) (0.62 * w), (int) (0.8 * h), (int) (0.075 * w));
        LicenceRenderer.footer(p, (int) (0.965 * h));
    }

    private static void leftColumn(Page p, LicenceTruth t, int top) {
        FieldColumn left = FieldColumn.of(p, (int) (0.11 * p.w()), 5, (int) (0.52 * p.w()));
        int y = left.row(top, "名称", t.enterpriseName());
        if (t.enterpriseType() != null) {
            y = left.row(y, "类型", t.enterpriseType());
        }
        if (t.legalPersonLabel() != null) {
            y = left.row(y, t.legalPersonLabel(), t.legalPersonName());
        }
        left.fittedRow(y, "经营范围", t.businessScope(), (int) (0.88 * p.h()));
    }

    /** 统一社会信用代码 over the code, at (x, baseline). */
    static void codeTopLeft(Page p, LicenceTruth t, int x, int baseline) {
        RenderStyle s = p.style();
        Graphics2D g = p.g();
        g.setColor(s.ink());
        g.setFont(s.labelFont());
        g.drawString("统一社会信用代码", x, baseline);
        g.setColor(s.valueInk());
        g.setFont(s.valueFont(1.1f));
        g.drawString(t.creditCode(), x, baseline + (int) (s.valuePx() * 1.8));
    }

    static void portrait(Page p, LicenceTruth t) {
        RenderStyle s = p.style();
        Graphics2D g = p.g();
        int w = p.w();
        int h = p.h();
        p.frame(0.045);
        p.emblem(w / 2, (int) (0.08 * h), (int) (0.085 * w));
        if (p.rnd().nextBoolean()) {
            g.setColor(s.ink());
            g.setFont(s.valueFont());
            g.drawString("编号: No " + (1000000 + p.rnd().nextInt(9000000)), (int) (0.68 * w), (int) (0.165 * h));
        }
        Ornaments.title(g, t.title(), s.titleFont((int) (0.115 * w)), s.titleInk(), w / 2, (int) (0.26 * h),
                (int) (0.035 * w));
        codeLine(p, t, (int) (0.86 * w), (int) (0.315 * h));
        FieldColumn col = FieldColumn.of(p, (int) (0.16 * w), 5, (int) (0.86 * w));
        int y = col.row((int) (0.37 * h), "名称", t.enterpriseName());
        if (t.enterpriseType() != null) {
            y = col.row(y, "类型", t.enterpriseType());
        }
        y = col.row(y, "住所", t.address());
        if (t.legalPersonLabel() != null) {
            y = col.row(y, t.legalPersonLabel(), t.legalPersonName());
        }
        if (t.registeredCapital() != null) {
            y = col.row(y, "注册资本", t.registeredCapital());
        }
        y = col.row(y, "成立日期", ChineseFormats.ymd(t.establishedDate()));
        y = col.row(y, "营业期限", t.businessTerm());
        col.fittedRow(y, "经营范围", t.businessScope(), (int) (0.72 * h));
        Ornaments.qr(g, (int) (0.16 * w), (int) (0.74 * h), (int) (0.13 * w), p.rnd());
        LicenceRenderer.sealBlock(p, t, "登记机关", (int) (0.48 * w), (int) (0.84 * h), (int) (0.1 * w));
        LicenceRenderer.footer(p, (int) (0.975 * h));
    }

    /** 统一社会信用代码 and the code on one line ending at {@code right}. */
    private static void codeLine(Page p, LicenceTruth t, int right, int baseline) {
        RenderStyle s = p.style();
        Graphics2D g = p.g();
        Font valueFont = s.valueFont(1.1f);
        int codeWidth = g.getFontMetrics(valueFont).stringWidth(t.creditCode());
        Font label = s.labelFont();
        int labelWidth = g.getFontMetrics(label).stringWidth("统一社会信用代码");
        int x = right - codeWidth - labelWidth - s.valuePx() / 2;
        g.setColor(s.ink());
        g.setFont(label);
        g.drawString("统一社会信用代码", x, baseline);
        g.setColor(s.valueInk());
        g.setFont(valueFont);
        g.drawString(t.creditCode(), right - codeWidth, baseline);
    }
}
