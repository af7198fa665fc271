package io.qualify.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qualify.check.Finding;
import io.qualify.check.FindingCode;
import io.qualify.document.Application;
import io.qualify.document.Intake;
import io.qualify.document.Intake.Source;
import io.qualify.verdict.StoredVerdict.Status;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VerdictStoreTest {

    private static final String NODE = "test-node";

    private Database database;
    private VerdictStore store;

    @BeforeEach
    void openStore() {
        database = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", null, null, 5);
        store = new VerdictStore(database.dataSource(), Clock.systemDefaultZone());
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    @Test
    void first_claim_is_attempt_one_and_a_stored_verdict_is_answered_instead_of_a_second_review() {
        Intake item = item("a");
        assertThat(store.claim(item, NODE, 3).attempt()).isEqualTo(1);
        StoredVerdict stored = save(item, verdict("a", List.of()), parties("91330106MA2H3XYZ7Q", "330106199001011234"));

        Claim again = store.claim(item, NODE, 3);

        assertThat(again.done()).isTrue();
        assertThat(again.verdict()).isEqualTo(stored);
        assertThat(stored.decision()).isEqualTo(Decision.APPROVE);
        assertThat(store.state(item.id())).contains("DONE");
    }

    @Test
    void saving_the_same_item_twice_keeps_one_verdict() {
        Intake item = item("b");
        store.claim(item, NODE, 3);
        StoredVerdict first = save(item, verdict("b", List.of()), parties("X", "Y"));
        StoredVerdict second = save(item, verdict("b", List.of(Finding.of(FindingCode.LICENCE_MISSING, List.of()))), parties("X", "Y"));

        assertThat(second).isEqualTo(first);
        assertThat(store.list(10)).hasSize(1);
    }

    @Test
    void a_later_submission_of_the_same_enterprise_and_administrator_supersedes_the_earlier_approval_unchanged() {
        Intake approved = item("c1");
        store.claim(approved, NODE, 3);
        StoredVerdict approval = save(approved, verdict("c1", List.of()), parties("91330106MA2H3XYZ7Q", "330106199001011234"));
        Intake other = item("c2");
        store.claim(other, NODE, 3);
        save(other, verdict("c2", List.of()), parties("91330106MA2H3XYZ7Q", "110105194912310021"));
        Intake later = item("c3");
        store.claim(later, NODE, 3);
        save(later, verdict("c3", List.of()), parties("91330106MA2H3XYZ7Q", "330106199001011234"));

        StoredVerdict after = store.verdict(approved.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(Status.SUPERSEDED);
        assertThat(after.json()).isEqualTo(approval.json());
        assertThat(after.decision()).isEqualTo(Decision.APPROVE);
        assertThat(store.verdict(other.id()).orElseThrow().status()).isEqualTo(Status.CURRENT);
        assertThat(store.verdict(later.id()).orElseThrow().status()).isEqualTo(Status.CURRENT);
    }

    @Test
    void verdicts_of_the_same_parties_saved_at_once_leave_exactly_one_current() throws Exception {
        List<Intake> items = IntStream.range(0, 8).mapToObj(i -> item("p" + i)).toList();
        items.forEach(i -> store.claim(i, NODE, 3));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<StoredVerdict> f : pool.invokeAll(items.stream().<Callable<StoredVerdict>>map(i ->
                    () -> save(i, verdict(i.name(), List.of()), parties("91330106MA2H3XYZ7Q", "330106199001011234"))).toList())) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(store.list(10)).hasSize(8).filteredOn(v -> v.status() == Status.CURRENT).hasSize(1);
    }

    @Test
    void an_item_whose_reviews_keep_being_cut_short_fails_after_the_last_attempt() {
        Intake item = item("d");
        assertThat(store.claim(item, NODE, 2).attempt()).isEqualTo(1);
        assertThat(store.claim(item, NODE, 2).attempt()).isEqualTo(2);

        Claim third = store.claim(item, NODE, 2);

        assertThat(third.failed()).isTrue();
        assertThat(third.failure()).contains("2 attempts");
        assertThat(store.state(item.id())).contains("FAILED");
    }

    @Test
    void a_registered_upload_is_pending_until_claimed() {
        Intake item = new Intake(sha("e"), Source.HTTP, "e", null);
        assertThat(store.register(item, NODE)).isEqualTo("RECEIVED");
        store.claim(new Intake(item.sha256(), Source.INBOX, "e", Path.of("e.zip")), NODE, 3);
        assertThat(store.state(item.id())).contains("PROCESSING");
    }

    @Test
    void parties_keep_no_id_number_and_prefer_the_typed_form() {
        Parties p = Parties.of(new Application(null, null, "杭州云语科技有限公司", " 91330106ma2h3xyz7q", null, null,
                "330106199001011234", null, null, null), List.of());
        assertThat(p.enterprise()).isEqualTo("91330106MA2H3XYZ7Q");
        assertThat(p.admin()).hasSize(64).doesNotContain("330106199001011234");
        assertThat(Parties.of(Application.EMPTY, List.of()).known()).isFalse();
    }

    @Test
    void a_reviewer_decides_a_verdict_left_to_a_person_beside_it_and_an_approval_is_final() {
        Intake item = item("m");
        store.claim(item, NODE, 3);
        StoredVerdict stored = save(item, verdict("m", List.of(Finding.of(FindingCode.LOW_CONFIDENCE, List.of()))),
                parties("91330106MA2H3XYZ7Q", "330106199001011234"));
        assertThat(stored.decision()).isEqualTo(Decision.MANUAL_REVIEW);

        ReviewerDecision rejected = store.decide(item.id(), Decision.REJECT, "LETTER_SEAL_MISSING", " seal is a sticker ", " 王审核 ");
        ReviewerDecision approved = store.decide(item.id(), Decision.APPROVE, null,
                "new scan checked by phone with 330106199001011234", "李审核");

        assertThat(rejected.reason()).isEqualTo("seal is a sticker");
        assertThat(rejected.reviewer()).isEqualTo("王审核");
        assertThat(approved.reason()).as("an ID number in a reason is kept masked").contains("330106********1234")
                .doesNotContain("330106199001011234");
        assertThat(store.decisions(List.of(item.id()))).extracting(ReviewerDecision::decision)
                .containsExactly(Decision.REJECT, Decision.APPROVE);
        assertThat(store.verdict(item.id())).get().as("the machine's verdict is not rewritten").isEqualTo(stored);
        assertRefused(() -> store.decide(item.id(), Decision.REJECT, "LETTER_SEAL_MISSING", "changed my mind", "王审核"),
                DecisionRefusedException.Why.APPROVED);
        assertThat(store.decisions(List.of(item.id()))).hasSize(2);
    }

    @Test
    void a_decision_is_refused_for_a_machine_decided_verdict_an_unknown_one_or_when_incomplete() {
        Intake item = item("n");
        store.claim(item, NODE, 3);
        save(item, verdict("n", List.of()), parties("91330106MA2H3XYZ7Q", "330106199001011234"));
        Intake manual = item("o");
        store.claim(manual, NODE, 3);
        save(manual, verdict("o", List.of(Finding.of(FindingCode.LOW_CONFIDENCE, List.of()))), parties("X", "Y"));

        assertRefused(() -> store.decide(item.id(), Decision.REJECT, "LICENCE_MISSING", "no", "a"),
                DecisionRefusedException.Why.NOT_FOR_A_PERSON);
        assertRefused(() -> store.decide("0".repeat(32), Decision.APPROVE, null, "ok", "a"),
                DecisionRefusedException.Why.NO_VERDICT);
        assertRefused(() -> store.decide(manual.id(), Decision.REJECT, null, "no code", "a"), DecisionRefusedException.Why.INVALID);
        assertRefused(() -> store.decide(manual.id(), Decision.REJECT, "NOT_A_CODE", "bad code", "a"),
                DecisionRefusedException.Why.INVALID);
        assertRefused(() -> store.decide(manual.id(), Decision.APPROVE, null, " ", "a"), DecisionRefusedException.Why.INVALID);
        assertRefused(() -> store.decide(manual.id(), Decision.MANUAL_REVIEW, null, "again", "a"),
                DecisionRefusedException.Why.INVALID);
        assertThat(store.decisions(List.of(item.id(), manual.id()))).isEmpty();
    }

    @Test
    void verdicts_are_found_by_part_of_the_enterprise_name_or_credit_code_ignoring_case() {
        Intake a = item("p1");
        store.claim(a, NODE, 3);
        store.save(a, verdict("p1", List.of()), Parties.of(new Application(null, null, "杭州云语科技有限公司",
                "91330106MA2H3XYZ7Q", null, null, "330106199001011234", null, null, null), List.of()), "{}", "<html></html>", NODE);
        Intake b = item("p2");
        store.claim(b, NODE, 3);
        store.save(b, verdict("p2", List.of()), Parties.of(new Application(null, null, "宁波100%实业有限公司",
                null, null, null, null, null, null, null), List.of()), "{}", "<html></html>", NODE);

        assertThat(store.search("云语", 10)).extracting(StoredVerdict::id).containsExactly(a.id());
        assertThat(store.search("ma2h3", 10)).extracting(StoredVerdict::enterpriseName).containsExactly("杭州云语科技有限公司");
        assertThat(store.search("100%", 10)).extracting(StoredVerdict::id).containsExactly(b.id());
        assertThat(store.search("0%实", 10)).extracting(StoredVerdict::id).containsExactly(b.id());
        assertThat(store.search("%", 10)).as("%% is a character, not a wildcard").extracting(StoredVerdict::id)
                .containsExactly(b.id());
        assertThat(store.search(" ", 10)).hasSize(2);
        assertThat(store.verdict(a.id()).orElseThrow().receivedAt()).isNotNull();
    }

    private static void assertRefused(Runnable decision, DecisionRefusedException.Why why) {
        assertThatThrownBy(decision::run).isInstanceOfSatisfying(DecisionRefusedException.class,
                e -> assertThat(e.why()).isEqualTo(why));
    }

    private StoredVerdict save(Intake item, Verdict verdict, Parties parties) {
        return store.save(item, verdict, parties, "{\"submission\":\"" + verdict.submission() + "\"}", "<html></html>", NODE);
    }

    private static Parties parties(String creditCode, String adminId) {
        return Parties.of(new Application(null, null, null, creditCode, null, null, adminId, null, null, null), List.of());
    }

    private static Verdict verdict(String name, List<Finding> findings) {
        return new Verdict(name, null, findings, List.of(), OffsetDateTime.now(), "test", 1);
    }

    private static Intake item(String name) {
        return new Intake(sha(name), Source.INBOX, name, Path.of(name + ".zip"));
    }

    private static String sha(String seed) {
        return Parties.sha256(seed);
    }
}
