package io.qualify.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.qualify.verdict.Decision;
import io.qualify.verdict.ReviewerDecision;
import io.qualify.verdict.Verdict;
import java.util.List;

/**
 * Qualify's HTML pages, rendered by the jte templates under {@code src/main/jte}, precompiled at build
 * time: the reviewer's verdict page, the batch index, the service's dashboard, the reviewer's-decision
 * fragment, the login and refusal pages. Each page is one self-contained file (stylesheet inlined, page
 * pictures as data: URLs, no external resource) that reads without its small scripts and prints on A4.
 * Every text is escaped by jte for where it lands; resident ID numbers are masked unless asked otherwise.
 * Thread-safe; {@code new Pages()} is cheap.
 */
public final class Pages {

    /**
     * The comment {@link #verdict} writes once, in the "Reviewer's decision" section, for the service to
     * replace by {@link #decisions} when it serves a stored page.
     */
    public static final String DECISIONS_MARKER = "<!--qualify:decisions-->";

    private static final TemplateEngine TEMPLATES = engine();

    /** The reviewer's page of one verdict; ID numbers masked (text and pictures) unless {@code showPii}. */
    public String verdict(Verdict verdict, boolean showPii) {
        return render("verdict.jte", VerdictPages.of(verdict, new Masking(showPii)));
    }

    /** The batch index ({@code DIR/index.html}): every verdict, linking {@code <submission>.html}. */
    public String index(List<Verdict> verdicts) {
        return render("index.jte", IndexPage.of(verdicts));
    }

    /** The service's dashboard ({@code GET /}): the search and the stored verdicts in the order given. */
    public String dashboard(Worklist worklist) {
        return render("dashboard.jte", DashboardPage.of(worklist, new Masking(false)));
    }

    /**
     * The fragment that takes the place of {@link #DECISIONS_MARKER} in a stored verdict page: the
     * reviewers' decisions (rows of class {@code reviewer-decision}) and, when {@code mayDecide}, the form
     * {@code #decide} posting to {@code /reports/{verdictId}/decisions} (fields {@code reviewer},
     * {@code decision}, {@code code} from {@code findingCodes}, {@code reason}).
     */
    public String decisions(String verdictId, Decision machine, List<ReviewerDecision> decisions, boolean mayDecide,
                            List<String> findingCodes) {
        return render("decisions.jte",
                DecisionsPart.of(verdictId, machine, decisions, mayDecide, findingCodes, new Masking(false)));
    }

    /** The page asking for the service's token (a form posting {@code token} to {@code /login}). */
    public String login(String message) {
        return render("login.jte", message == null ? "" : message);
    }

    /** The page saying a reviewer's decision was not recorded, and why, linking back to the verdict's report. */
    public String refused(String verdictId, String message) {
        return render("refused.jte", new Refusal("/reports/" + Formats.pathSegment(verdictId),
                new Masking(false).text(message)));
    }

    /** What the refusal page shows: the report to go back to and the reason. Public for the templates. */
    public record Refusal(String back, String message) {
    }

    private static String render(String template, Object model) {
        StringOutput out = new StringOutput();
        TEMPLATES.render(template, model, out);
        return out.toString();
    }

    /**
     * The precompiled templates, found through the class loader that loaded this class: jte takes the
     * thread's context class loader, which on a server's worker thread may be another one, or none.
     */
    private static TemplateEngine engine() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Pages.class.getClassLoader());
        try {
            return TemplateEngine.createPrecompiled(ContentType.Html);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
