package io.qualify.synth;

/** The looks of business licence that {@link LicenceRenderer} can draw, modelled on real ones. */
public enum LicenceLayout {
    /** New style (2015+) landscape, often 副本: credit code top-left, QR top-right, two columns of fields. */
    LANDSCAPE_NEW(true),
    /** New style portrait: title, credit code under it, one column of fields, QR bottom-left. */
    PORTRAIT_NEW(false),
    /** Old 企业法人营业执照 (before 2015): 注册号 top-right, no credit code, one wide column. */
    OLD_STYLE(true),
    /** 个体工商户营业执照: 经营者 and 组成形式, no 类型 line. */
    SOLE_TRADER(true);

    private final boolean landscape;

    LicenceLayout(boolean landscape) {
        this.landscape = landscape;
    }

    public boolean landscape() {
        return landscape;
    }

    /** Height for a page of this layout {@code width} pixels wide (A4-like proportions). */
    public int heightFor(int width) {
        return landscape ? Math.round(width / 1.414f) : Math.round(width * 1.414f);
    }
}
