package io.qualify.eval;

import io.qualify.document.Document;
import io.qualify.synth.CommitmentTruth;
import io.qualify.synth.GeneratedFile;
import io.qualify.synth.LetterTruth;
import io.qualify.text.IdNumbers;
import io.qualify.text.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Scores one letter or commitment as read against what was written: its kind, its fields under their SPEC.md §4
 * names ({@code adminName}, {@code adminIdNumber}, {@code date}, {@code userName}; a field the paper leaves out
 * must be read as absent), whether a seal was found where one was stamped ({@code sealFound}) and none where none
 * was ({@code noSealFound}), and the
 * seal's text when the reader gives one ({@code sealText}). Tallies go to the given counter under keys like
 * {@code letter.adminName}; a paper the review did not list counts as read wrong throughout.
 */
final class PaperScores {

    private PaperScores() {
    }

    /** Tallies {@code file}'s paper; answers what was read wrong, as {@code file:field=read≠truth}. */
    static List<String> compare(GeneratedFile file, Document read, BiConsumer<String, Boolean> tally) {
        String prefix;
        Map<String, String> expected = new LinkedHashMap<>();
        boolean sealed;
        String sealText;
        if (file.truth() instanceof LetterTruth l) {
            prefix = "letter.";
            expected.put("adminName", l.adminName());
            expected.put("adminIdNumber", l.adminIdNumber());
            expected.put("date", l.date() == null ? null : l.date().toString());
            sealed = l.sealed();
            sealText = l.sealText();
        } else if (file.truth() instanceof CommitmentTruth c) {
            prefix = "commitment.";
            expected.put("userName", c.userName());
            sealed = c.sealed();
            sealText = c.sealText();
        } else {
            return List.of();
        }
        List<String> wrong = new ArrayList<>();
        boolean kind = read != null && read.kind().name().equals(file.kind().name());
        tally.accept(prefix + "kind", kind);
        if (!kind) {
            wrong.add(file.file() + ":kind=" + (read == null ? null : read.kind()) + "≠" + file.kind());
        }
        expected.forEach((field, value) -> {
            String got = read == null ? null : read.value(field);
            boolean same = same(field, value, got);
            tally.accept(prefix + field, same);
            if (!same) {
                wrong.add(file.file() + ":" + field + "=" + IdNumbers.maskAll(got) + "≠" + IdNumbers.maskAll(value));
            }
        });
        seal(file.file(), prefix, sealed, sealText, read, tally, wrong);
        return wrong;
    }

    private static void seal(String file, String prefix, boolean sealed, String text, Document read,
            BiConsumer<String, Boolean> tally, List<String> wrong) {
        boolean found = read != null && read.sealDetected();
        tally.accept(prefix + (sealed ? "sealFound" : "noSealFound"), found == sealed);
        if (found != sealed) {
            wrong.add(file + ":sealDetected=" + found);
        }
        String readText = read == null ? null : read.value("sealText");
        if (sealed && readText != null) {
            tally.accept(prefix + "sealText", Texts.normalize(text).equals(Texts.normalize(readText)));
        }
    }

    /** Absent must be read absent; numbers compare as {@link EvalReport#sameIdValue} does; the rest normalised. */
    static boolean same(String field, String truth, String read) {
        if (truth == null) {
            return read == null || read.isBlank();
        }
        if (field.equals("adminIdNumber")) {
            return EvalReport.sameIdValue("idNumber", truth, read);
        }
        return read != null && Texts.normalize(truth).equals(Texts.normalize(read));
    }
}
