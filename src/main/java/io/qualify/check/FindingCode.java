package io.qualify.check;

/**
 * The stable finding codes of SPEC.md §1 with their severity, the short rejection sentence the FAQ
 * shows applicants (or one in its style), and advice on what to fix.
 */
public enum FindingCode {
    LICENCE_MISSING(Severity.ERROR, "请上传营业执照", "上传清晰完整的营业执照;政府或事业单位可上传事业单位法人证书或机构代码证"),
    ENTERPRISE_TYPE_NOT_ALLOWED(Severity.ERROR, "营业执照上企业类型是个体户、自然人独资、个人独资公司不支持语音服务的使用",
            "个体工商户、个人独资企业、有限责任公司(自然人独资)无法申请语音号码,请使用其他类型企业的营业执照申请"),
    LEGAL_PERSON_MISSING(Severity.ERROR, "提交资质必须上传法人信息", "上传载有法定代表人(负责人)姓名的完整营业执照或证书"),
    CREDIT_CODE_INVALID(Severity.WARNING, "统一社会信用代码校验未通过,请核实", "核对营业执照上的18位统一社会信用代码,确认上传的照片清晰完整"),
    ENTERPRISE_NAME_MISMATCH(Severity.ERROR, "填写的企业名称与营业执照上的企业名称不一致", "按营业执照上的名称填写企业名称,或上传该企业本身的营业执照"),
    ID_CARD_FRONT_MISSING(Severity.ERROR, "身份证照片不规范", "上传管理员身份证人像面照片"),
    ID_CARD_BACK_MISSING(Severity.ERROR, "身份证照片不规范", "上传管理员身份证国徽面照片"),
    ID_HANDHELD_MISSING(Severity.ERROR, "身份证照片不规范", "上传管理员手持身份证的照片"),
    ID_CARD_UPSIDE_DOWN(Severity.ERROR, "身份证照片不规范,证件请勿拿反", "将证件正向拿好后重新拍照上传"),
    ID_PHOTO_MIRRORED(Severity.ERROR, "身份证照片不规范,拍照不要用自拍照", "请他人用后置摄像头拍摄,不要使用前置摄像头自拍"),
    ID_NUMBER_INVALID(Severity.ERROR, "身份证号码校验未通过", "上传本人有效身份证的清晰照片"),
    ID_CARD_EXPIRED(Severity.ERROR, "身份证已过有效期限", "换领新证后上传有效期内的身份证照片"),
    LETTER_MISSING(Severity.ERROR, "号码申请公函信息不完整,请重新提供", "上传号码申请公函"),
    LETTER_ADMIN_NAME_MISSING(Severity.ERROR, "号码申请公函信息不完整,请重新提供", "在公函落款处填写管理员姓名"),
    LETTER_ADMIN_ID_MISSING(Severity.ERROR, "号码申请公函信息不完整,请重新提供", "在公函落款处填写管理员身份证号"),
    LETTER_DATE_MISSING(Severity.ERROR, "号码申请公函信息不完整,请重新提供", "在公函落款处填写日期"),
    LETTER_SEAL_MISSING(Severity.ERROR, "号码申请公函信息不完整,请重新提供", "在公函落款处加盖企业公章"),
    LETTER_ADMIN_MISMATCH(Severity.ERROR, "号码申请公函信息不完整,请重新提供", "公函中的管理员姓名和身份证号须与上传的身份证一致"),
    COMMITMENT_MISSING(Severity.ERROR, "电信入网承诺书信息不完整,请重新提供", "上传电信入网承诺书"),
    COMMITMENT_SEAL_MISSING(Severity.ERROR, "电信入网承诺书信息不完整,请重新提供", "在入网承诺书落款处加盖企业公章"),
    COMMITMENT_USER_NAME_MISMATCH(Severity.ERROR, "电信入网承诺书信息不完整,请重新提供",
            "入网承诺书落款处实际用户名称请与营业执照上的企业名称一致,请勿填写管理员姓名"),
    DESCRIPTION_MISSING_SCRIPT(Severity.ERROR, "请提供话术和业务场景", "在申请说明中详细提供话术以及号码使用的业务场景"),
    SCRIPT_PRODUCT_NAME_MISSING(Severity.ERROR, "请在外呼话术中体现使用的产品名称(平台名称)、业务使用场景等,以便审核人员核实",
            "在话术中写明产品或平台名称,例如:XXAPP注册会员的注册验证码"),
    DOCUMENT_UNREADABLE(Severity.ERROR, "上传的文件无法读取,请重新提供", "上传未加密、未损坏的 JPG、PNG、TIFF、BMP、WEBP 或 PDF 文件,大小在限制以内"),
    DOCUMENT_UNRECOGNISED(Severity.WARNING, "无法识别上传的文件类型", "只上传营业执照、身份证照片、号码申请公函和电信入网承诺书"),
    LOW_CONFIDENCE(Severity.WARNING, "部分关键信息无法清晰识别,需人工核对", "上传更清晰的照片或扫描件:光线均匀、无遮挡、文字清楚"),
    SEAL_NAME_MISMATCH(Severity.WARNING, "印章上的名称与企业名称不一致", "加盖本企业的公章"),
    /**
     * Beyond SPEC.md: the licence's name was read with differences a reader makes (look-alike
     * characters, a mark glued on before it) and taken as the typed one.
     */
    NAME_READ_APPROXIMATELY(Severity.INFO, "营业执照上的企业名称识别结果与填写的名称仅有识别误差(形近字等),视为一致",
            "无需处理;审核人员可对照营业执照原图确认");

    private final Severity severity;
    private final String message;
    private final String advice;

    FindingCode(Severity severity, String message, String advice) {
        this.severity = severity;
        this.message = message;
        this.advice = advice;
    }

    public Severity severity() {
        return severity;
    }

    public String message() {
        return message;
    }

    public String advice() {
        return advice;
    }
}
