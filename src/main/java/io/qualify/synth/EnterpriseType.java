package io.qualify.synth;

/**
 * The enterprise types a synthetic licence can carry, with whether rule R2 (SPEC.md) accepts them and
 * how they show on the licence: the 类型 line (null when the licence has none, as for 个体工商户), the
 * label in front of the responsible person, and the credit-code prefix.
 */
public enum EnterpriseType {
    LLC_NATURAL_PERSON_CONTROLLED("有限责任公司(自然人投资或控股)", true, "法定代表人", CreditCodes.ENTERPRISE),
    LLC_LEGAL_PERSON_SOLE("有限责任公司(法人独资)", true, "法定代表人", CreditCodes.ENTERPRISE),
    LLC_NATURAL_PERSON_CONTROLLED_LEGAL_PERSON_SOLE("有限责任公司(自然人投资或控股的法人独资)", true, "法定代表人",
            CreditCodes.ENTERPRISE),
    LLC("有限责任公司", true, "法定代表人", CreditCodes.ENTERPRISE),
    JOINT_STOCK_UNLISTED("股份有限公司(非上市)", true, "法定代表人", CreditCodes.ENTERPRISE),
    LLC_BRANCH("有限责任公司分公司(自然人投资或控股)", true, "负责人", CreditCodes.ENTERPRISE),
    PARTNERSHIP("有限合伙企业", true, "执行事务合伙人", CreditCodes.ENTERPRISE),
    LLC_NATURAL_PERSON_SOLE("有限责任公司(自然人独资)", false, "法定代表人", CreditCodes.ENTERPRISE),
    SOLE_PROPRIETORSHIP("个人独资企业", false, "投资人", CreditCodes.ENTERPRISE),
    SOLE_TRADER(null, false, "经营者", CreditCodes.SOLE_TRADER);

    private final String label;
    private final boolean allowed;
    private final String personLabel;
    private final String codePrefix;

    EnterpriseType(String label, boolean allowed, String personLabel, String codePrefix) {
        this.label = label;
        this.allowed = allowed;
        this.personLabel = personLabel;
        this.codePrefix = codePrefix;
    }

    /** The 类型 value printed on the licence, or null when the licence has no 类型 line. */
    public String label() {
        return label;
    }

    /** Whether R2 accepts this type. */
    public boolean allowed() {
        return allowed;
    }

    /** 法定代表人, 负责人, 投资人, 经营者 or 执行事务合伙人. */
    public String personLabel() {
        return personLabel;
    }

    public String codePrefix() {
        return codePrefix;
    }
}
