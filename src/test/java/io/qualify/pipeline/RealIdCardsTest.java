package io.qualify.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.qualify.app.Qualify;
import io.qualify.check.Finding;
import io.qualify.check.FindingCode;
import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.SourceFile;
import io.qualify.document.Submission;
import io.qualify.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ID card specimens of ../shared/realdocs/id_card (fictional cards; labels in its LABELS.md),
 * each reviewed as a submission of its own and held against issue 3's acceptance: the fronts id01–id03
 * and the novelty id06 refused with ID_NUMBER_INVALID (wrong check character, impossible area code,
 * nineteen digits), the back id04 with ID_CARD_EXPIRED (valid until 2017). Skips where the folder is
 * absent; never copies the files.
 */
class RealIdCardsTest {

    private static final Path FOLDER = Path.of("../shared/realdocs/id_card");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "id01_specimen_daiyongming_front_a324.jpg,     ID_CARD_FRONT, ID_NUMBER_INVALID",
        "id02_specimen_daiyongming_front_bigjungle.png, ID_CARD_FRONT, ID_NUMBER_INVALID",
        "id03_specimen_xiaobang_front_wuyoux.png,      ID_CARD_FRONT, ID_NUMBER_INVALID",
        "id04_specimen_back_wuyoux.png,                ID_CARD_BACK,  ID_CARD_EXPIRED",
        "id06_novelty_fake_dogcard_front_a324.jpg,     ID_CARD_FRONT, ID_NUMBER_INVALID",
    })
    void reads_the_card_and_refuses_it(String file, DocumentKind side, FindingCode refusal) throws IOException {
        assumeTrue(Files.isDirectory(FOLDER), "../shared/realdocs is absent: real-document tests skipped");
        Qualify qualify = Natives.qualify();
        byte[] bytes = Files.readAllBytes(FOLDER.resolve(file));

        Verdict verdict = qualify.pipeline().review(new Submission(file, null, List.of(SourceFile.of(file, bytes)), List.of()));

        Document card = verdict.documents().get(0);
        assertThat(card.kind()).isEqualTo(side);
        assertThat(card.rotation()).isZero();
        assertThat(card.mirrored()).isFalse();
        assertThat(verdict.findings()).extracting(Finding::code).contains(refusal)
                .doesNotContain(FindingCode.ID_CARD_UPSIDE_DOWN, FindingCode.ID_PHOTO_MIRRORED);
    }
}
