package io.qualify.synth;

import java.awt.Graphics2D;

/**
 * The older licence looks: 企业法人营业执照 (before 2015, 注册号 top-right, no credit code) and the
 * 个体工商户 licence (经营者, 组成形式, no 类型 line). Called by {@link LicenceRenderer}.
 */
final class OldLicenceLayouts {

    private OldLicenceLayouts() {
    }

    static void oldStyle(Page p, LicenceTruth t) {
        RenderStyle s = p.style();
        int w = p.w();
        int h = p.h();
        p.frame(0.05);
        p.emblem(w / 2, (int) (0.085 * h), (int) (0.06 * w));
        Ornaments.title(p.g(), t.title(), s.titleFont((int) (0.068 * w)), s.titleInk(), w / 2, (int) (0.30 * h),
                (int) (0.008 * w));
        registrationNumber(p, t, (int) (0.62 * w), (int) (0.38 * h));
        FieldColumn wide = FieldColumn.of(p, (int) (0.1 * w), 7, (int) (0.9 * w));
        int y = wide.row((int) (0.45 * h), "名称", t.enterpriseName());
        y = wide.row(y, "住所", t.address());
        FieldColumn right = FieldColumn.of(p, (int) (0.56 * w), 4, (int) (0.9 * w));
        int yRight = y;
        if (t.registeredCapital() != null) {
            yRight = right.row(y, "注册资本", t.registeredCapital());
            right.row(yRight, "实收资本", t.registeredCapital());
        }
        FieldColumn narrow = new FieldColumn(p, wide.labelX(), wide.labelWidth(), wide.valueX(), (int) (0.54 * w));
        if (t.legalPersonLabel() != null) {
            y = narrow.row(y, t.legalPersonLabel() + "姓名", t.legalPersonName());
        }
        if (t.enterpriseType() != null) {
            y = narrow.row(y, "公司类型", t.enterpriseType());
        }
        y = wide.fittedRow(Math.max(y, yRight + s.rowStep()), "经营范围", t.businessScope(), (int) (0.72 * h));
        FieldColumn bottom = new FieldColumn(p, wide.labelX(), wide.labelWidth(), wide.valueX(), (int) (0.6 * w));
        y = bottom.row(Math.max(y, (int) (0.78 * h)), "成立日期", ChineseFormats.iso(t.establishedDate()));
        bottom.row(y, "营业期限", t.businessTerm());
        LicenceRenderer.sealBlock(p, t, null, (int) (0.62 * w), (int) (0.8 * h), (int) (0.075 * w));
    }

    static void soleTrader(Page p, LicenceTruth t) {
        RenderStyle s = p.style();
        int w = p.w();
        int h = p.h();
        p.frame(0.06);
        p.emblem(w / 2, (int) (0.1 * h), (int) (0.06 * w));
        boolean longTitle = t.title().length() > 4;
        Ornaments.title(p.g(), t.title(), s.titleFont((int) ((longTitle ? 0.07 : 0.06) * w)), s.titleInk(), w / 2,
                (int) (0.31 * h), (int) ((longTitle ? 0.004 : 0.03) * w));
        if (t.registrationNumber() != null) {
            registrationNumber(p, t, (int) (0.64 * w), (int) (0.37 * h));
        } else {
            NewLicenceLayouts.codeTopLeft(p, t, (int) (0.11 * w), (int) (0.25 * h));
        }
        boolean old = t.registrationNumber() != null;
        FieldColumn col = FieldColumn.of(p, (int) (0.12 * w), 5, (int) (0.88 * w));
        int y = col.row((int) (0.45 * h), "名称", t.enterpriseName());
        if (t.legalPersonLabel() != null) {
            y = col.row(y, old ? t.legalPersonLabel() + "姓名" : t.legalPersonLabel(), t.legalPersonName());
        }
        y = col.row(y, "组成形式", t.compositionForm());
        if (!old) {
            y = col.row(y, "注册日期", ChineseFormats.ymd(t.establishedDate()));
        }
        y = col.row(y, "经营场所", t.address());
        col.fittedRow(y, "经营范围", t.businessScope(), (int) (0.78 * h));
        LicenceRenderer.sealBlock(p, t, old ? "发照日期" : "登记机关", (int) (0.6 * w), (int) (0.82 * h),
                (int) (0.07 * w));
    }

    /** 注册号 and the number, label starting at x. */
    private static void registrationNumber(Page p, LicenceTruth t, int x, int baseline) {
        RenderStyle s = p.style();
        Graphics2D g = p.g();
        g.setColor(s.ink());
        g.setFont(s.labelFont());
        g.drawString("注册号", x, baseline);
        g.setColor(s.valueInk());
        g.setFont(s.valueFont());
        g.drawString(t.registrationNumber(), x + g.getFontMetrics(s.labelFont()).stringWidth("注册号 "), baseline);
    }
}
