package io.qualify.report;

import static io.qualify.report.Verdicts.ID;
import static io.qualify.report.Verdicts.MASKED;
import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.check.Finding;
import io.qualify.check.FindingCode;
import io.qualify.document.Application;
import io.qualify.document.Box;
import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Evidence;
import io.qualify.document.Field;
import io.qualify.document.FieldNames;
import io.qualify.document.PageView;
import io.qualify.document.PageView.Kind;
import io.qualify.document.PageView.Mark;
import io.qualify.document.PageView.Point;
import io.qualify.document.Sealing;
import io.qualify.verdict.Verdict;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class VerdictPageTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";
    private static final Box NUMBER_LINE = new Box(40, 120, 240, 24);

    private final Pages pages = new Pages();

    /** An ID card photo: the card, its name line, its number line (personal), on a noisy picture. */
    private static PageView cardView() {
        List<Mark> marks = List.of(
                new Mark(Kind.CARD, List.of(new Point(10, 10), new Point(310, 14), new Point(306, 190),
                        new Point(12, 186)), "ID_CARD_FRONT", 0.9),
                Mark.of(Kind.LINE, new Box(40, 30, 100, 20), "姓名 张三", 0.97),
                Mark.of(Kind.LINE, NUMBER_LINE, "公民身份号码 " + ID, 0.91),
                Mark.of(Kind.PERSONAL, NUMBER_LINE, "", 1));
        return new PageView(1, Pictures.noisyPage(), Pictures.WIDTH, Pictures.HEIGHT, marks);
    }

    private static Document card() {
        return Document.of("id.jpg", DocumentKind.ID_CARD_FRONT).pages(1).rotation(90).mirrored(true)
                .fields(Map.of(FieldNames.NAME, Field.certain("张三"), FieldNames.ID_NUMBER, new Field(ID, 0.93)))
                .read("姓名张三 公民身份号码" + ID, 0.91).views(List.of(cardView())).build();
    }

    private static Verdict verdictOf(Document... documents) {
        return Verdicts.of(List.of(Finding.of(FindingCode.LOW_CONFIDENCE, List.of("id.jpg"))), List.of(documents));
    }

    @Test
    void escapes_markup_read_from_a_document() {
        Document doc = Document.of("a.jpg", DocumentKind.BUSINESS_LICENCE).pages(1)
                .fields(Map.of(FieldNames.ENTERPRISE_NAME, Field.certain(SCRIPT + BREAKOUT)))
                .read(BREAKOUT + SCRIPT, 0.9).build();
        Finding f = Finding.of(FindingCode.ENTERPRISE_NAME_MISMATCH, List.of("a.jpg")).withMessage(SCRIPT + BREAKOUT);

        String html = pages.verdict(Verdicts.of(List.of(f), List.of(doc)), false);

        assertThat(html).doesNotContain("<script>alert", "<img src=x", "<img src=\"x\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
        ParsedHtml parsed = ParsedHtml.parse(html);
        assertThat(parsed.count("script")).as("only the page's own script").isEqualTo(1);
        assertThat(parsed.count("img")).isZero();
        assertThat(parsed.text()).contains(SCRIPT + BREAKOUT, BREAKOUT + SCRIPT);
    }

    @Test
    void draws_each_seal_and_the_card_over_the_picture() {
        PageView view = new PageView(1, Pictures.noisyPage(), Pictures.WIDTH, Pictures.HEIGHT, List.of(
                Mark.of(Kind.SEAL, new Box(20, 20, 80, 80), "杭州云语科技有限公司", 0.88),
                Mark.of(Kind.SEAL, new Box(200, 90, 60, 60), "", 0.61),
                new Mark(Kind.CARD, List.of(new Point(5, 5), new Point(300, 5), new Point(300, 190), new Point(5, 190)),
                        "ID_CARD_FRONT", 0.75)));
        Document doc = Document.of("scan.jpg", DocumentKind.NUMBER_APPLICATION_LETTER).pages(1).rotation(180)
                .mirrored(true).sealDetected(true).views(List.of(view)).build();

        String html = pages.verdict(Verdicts.of(List.of(), List.of(doc)), false);

        assertThat(count(html, "class=\"mark-seal\"")).isEqualTo(2);
        assertThat(count(html, "class=\"mark-card\"")).isEqualTo(1);
        assertThat(html).contains("<svg viewBox=\"0 0 320 200\"",
                        "<ellipse class=\"mark-seal\" cx=\"60.0\" cy=\"60.0\"",
                        "seal 88% 杭州云语科技有限公司", "seal 61%", "points=\"5,5 300,5 300,190 5,190\"",
                        "rotation 180°", "mirrored")
                .contains("id=\"doc-1\"");
    }

    @Test
    void hides_id_numbers_in_text_and_pixelates_them_in_pictures_by_default() {
        Verdict verdict = verdictOf(card());

        String html = pages.verdict(verdict, false);

        assertThat(html).doesNotContain(ID).contains(MASKED, Figures.HIDDEN, "姓名 张三 (97%)");
        BufferedImage original = Pictures.decode(cardView().jpeg());
        BufferedImage shown = Pictures.decode(Pictures.inlined(html).get(0));
        double before = Pictures.variance(original, NUMBER_LINE);
        assertThat(Pictures.variance(shown, NUMBER_LINE)).isLessThan(before / 10);
        Box elsewhere = new Box(40, 60, 240, 24);
        assertThat(Pictures.variance(shown, elsewhere)).isGreaterThan(Pictures.variance(original, elsewhere) / 2);
    }

    @Test
    void masks_id_numbers_in_file_and_submission_names_by_default() {
        String file = "身份证" + ID + ".jpg";
        Document doc = Document.of(file, DocumentKind.ID_CARD_FRONT).pages(1).build();
        Verdict verdict = new Verdict("张三-" + ID, null, List.of(Finding.of(FindingCode.ID_CARD_EXPIRED, List.of(file))),
                List.of(doc), Verdicts.AT, "v", 1);

        String html = pages.verdict(verdict, false);

        assertThat(html).doesNotContain(ID).contains("<a href=\"#doc-1\">身份证" + MASKED + ".jpg</a>");
    }

    @Test
    void shows_id_numbers_and_the_picture_as_read_when_asked_to() {
        String html = pages.verdict(verdictOf(card()), true);

        assertThat(html).contains("<td>" + ID + "</td>", "公民身份号码 " + ID).doesNotContain(Figures.HIDDEN);
        assertThat(Pictures.inlined(html).get(0)).isEqualTo(cardView().jpeg());
    }

    @Test
    void links_findings_to_their_documents_and_shows_the_fields() {
        String html = pages.verdict(verdictOf(card()), false);

        assertThat(html).contains("<section class=\"document\" id=\"doc-1\">", "<a href=\"#doc-1\">id.jpg</a>",
                FindingCode.LOW_CONFIDENCE.name(), FindingCode.LOW_CONFIDENCE.message(),
                FindingCode.LOW_CONFIDENCE.advice(), "<td>张三</td><td>100%</td>", "decision-MANUAL_REVIEW");
    }

    @Test
    void writes_the_decisions_marker_once_and_loads_nothing_from_outside() {
        String html = pages.verdict(verdictOf(card()), false);

        assertThat(count(html, Pages.DECISIONS_MARKER)).isEqualTo(1);
        assertThat(html).contains("Reviewer's decision", "@page{size:A4", "@media print")
                .doesNotContain("<link", "src=\"http", "href=\"http", "url(", "@import");
    }

    @Test
    void marks_what_differs_between_the_papers_and_the_form() {
        Document licence = Document.of("licence.jpg", DocumentKind.BUSINESS_LICENCE).pages(1)
                .fields(Map.of(FieldNames.ENTERPRISE_NAME, Field.certain("杭州云语科技有限公司"),
                        FieldNames.CREDIT_CODE, Field.certain("91330106MA2H3XYZ7Q"))).build();
        Document commitment = Document.of("commitment.jpg", DocumentKind.NETWORK_ACCESS_COMMITMENT).pages(1)
                .fields(Map.of(FieldNames.USER_NAME, Field.certain("杭州云语科技 有限公司")))
                .evidence(Evidence.of(new Sealing(true, List.of(), true, "杭州云雨科技有限公司", 0.9))).build();
        Application form = new Application(null, null, "杭州云语科技有限公司", "91330106MA2H3XYZ7Q", null, "李娜",
                ID, null, null, null);
        Verdict verdict = new Verdict("acme", null, List.of(), List.of(licence, commitment, card()), Verdicts.AT,
                "v", 1, form);

        String html = pages.verdict(verdict, false);

        assertThat(rowOf(html, "Enterprise name")).as("white space aside the names agree; the seal is R19's")
                .startsWith("<tr>").contains("杭州云雨科技有限公司");
        assertThat(rowOf(html, "Credit code")).startsWith("<tr>");
        assertThat(rowOf(html, "Administrator's name")).startsWith("<tr class=\"differs\">").contains("李娜", "张三");
        assertThat(rowOf(html, "Administrator's ID number")).startsWith("<tr>").contains(MASKED).doesNotContain(ID);
    }

    @Test
    void shows_a_seals_text_without_comparing_it_and_marks_the_row_when_r19_found_a_mismatch() {
        Document licence = Document.of("licence.jpg", DocumentKind.BUSINESS_LICENCE).pages(1)
                .fields(Map.of(FieldNames.ENTERPRISE_NAME, Field.certain("杭州云语科技有限公司"))).build();
        Document letter = Document.of("letter.jpg", DocumentKind.NUMBER_APPLICATION_LETTER).pages(1)
                .evidence(Evidence.of(new Sealing(true, List.of(), true, "云语科技", 0.9))).build();

        String partly = pages.verdict(Verdicts.of(List.of(), List.of(licence, letter)), false);
        String unlike = pages.verdict(Verdicts.of(List.of(Finding.of(FindingCode.SEAL_NAME_MISMATCH, List.of("letter.jpg"))),
                List.of(licence, letter)), false);

        assertThat(rowOf(partly, "Enterprise name")).as("a seal read in part is no mismatch").startsWith("<tr>")
                .contains("seal on the letter, read 90% (R19 compares it)", "云语科技");
        assertThat(rowOf(unlike, "Enterprise name")).startsWith("<tr class=\"differs\">");
    }

    private static String rowOf(String html, String what) {
        int th = html.indexOf("<th scope=\"row\">" + what + "</th>");
        int start = html.lastIndexOf("<tr", th);
        return html.substring(start, html.indexOf("</tr>", th));
    }

    static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
