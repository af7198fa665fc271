package io.qualify.eval;

import io.qualify.check.Finding;
import io.qualify.check.FindingCode;
import io.qualify.document.Document;
import io.qualify.synth.DocumentTruth;
import io.qualify.synth.GeneratedFile;
import io.qualify.synth.GeneratedSubmission;
import io.qualify.synth.IdCardTruth;
import io.qualify.synth.InstitutionTruth;
import io.qualify.synth.LicenceTruth;
import io.qualify.text.IdNumbers;
import io.qualify.text.Texts;
import io.qualify.verdict.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Tallies an evaluation run: decisions against expectations, rule recall, field exact matches (the certificate's
 * fields and, per ID photo matched by file name, {@code name}, {@code idNumber} and {@code validUntil}), and per
 * letter and commitment its kind, fields and seal ({@link PaperScores}).
 */
public final class EvalReport {

    private int total;
    private int correct;
    private int falseApprovals;
    private long reviewMillis;
    private int wrongRejections;
    private final Map<String, int[]> byScenario = new TreeMap<>();
    private final Map<String, int[]> byLevel = new TreeMap<>();
    private final Map<String, int[]> recall = new TreeMap<>();
    private final Map<String, int[]> fieldMatches = new TreeMap<>();
    private final Map<String, int[]> papers = new TreeMap<>();
    private final Map<String, Integer> confusion = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();
    private final List<String> misreads = new ArrayList<>();
    private int idTotal;
    private int idCorrect;
    private int idPassed;

    public void add(GeneratedSubmission generated, Verdict verdict) {
        total++;
        reviewMillis += verdict.elapsedMillis();
        String expected = generated.expected().decision().name();
        String actual = verdict.decision().name();
        boolean right = expected.equals(actual);
        correct += right ? 1 : 0;
        falseApprovals += actual.equals("APPROVE") && !right ? 1 : 0;
        wrongRejections += actual.equals("REJECT") && !right ? 1 : 0;
        tally(byScenario, generated.expected().scenario(), right);
        Map<String, Object> degradation = generated.expected().degradation();
        String level = degradation == null ? "NONE" : String.valueOf(degradation.getOrDefault("level", "NONE"));
        tally(byLevel, level, right);
        confusion.merge(expected + " -> " + actual, 1, Integer::sum);
        Set<String> found = verdict.findings().stream().map(Finding::code).map(Enum::name).collect(Collectors.toSet());
        generated.expected().codes().forEach(code -> tally(recall, code, found.contains(code)));
        List<String> wrongFields = new ArrayList<>();
        verdict.documents().stream().filter(d -> d.kind().isCertificate()).findFirst()
                .ifPresent(d -> wrongFields.addAll(compareFields(generated.expected().truth(), d)));
        Map<String, Document> read = verdict.documents().stream()
                .collect(Collectors.toMap(Document::file, d -> d, (a, b) -> a));
        for (GeneratedFile f : generated.expected().documents()) {
            if (f.truth() instanceof IdCardTruth card) {
                wrongFields.addAll(compareIdFields(f.file(), card, read.get(f.file())));
            }
            wrongFields.addAll(PaperScores.compare(f, read.get(f.file()), (key, hit) -> tally(papers, key, hit)));
        }
        judgeIdPhotos(generated, verdict, found);
        if (!right) {
            misses.add(String.format("  %s %s %s %s -> %s %s %s%s", generated.dir().getFileName(), generated.expected().scenario(),
                    level, expected, actual, found, String.join(" ", wrongFields),
                    idPhotos(generated.expected().documents())));
        } else if (!wrongFields.isEmpty()) {
            misreads.add(String.format("  %s %s %s %s", generated.dir().getFileName(), generated.expected().scenario(), level,
                    String.join(" ", wrongFields)));
        }
    }

    /**
     * The ID photos' part of the verdict on its own, whatever the licence's: refused (an ID_ finding)
     * when the submission's ID photos break a rule, else passed; a LOW_CONFIDENCE naming an ID photo
     * is a person asked. Right when a refusal names every expected ID code, or when clean photos pass.
     */
    private void judgeIdPhotos(GeneratedSubmission generated, Verdict verdict, Set<String> found) {
        Set<String> idFiles = generated.expected().documents().stream().filter(f -> f.truth() instanceof IdCardTruth)
                .map(GeneratedFile::file).collect(Collectors.toSet());
        List<String> expectedId = generated.expected().codes().stream().filter(c -> c.startsWith("ID_")).toList();
        boolean refused = found.stream().anyMatch(c -> c.startsWith("ID_"));
        boolean asked = verdict.findings().stream().anyMatch(f -> f.code() == FindingCode.LOW_CONFIDENCE
                && f.documents().stream().anyMatch(idFiles::contains));
        boolean right = expectedId.isEmpty() ? !refused && !asked : found.containsAll(expectedId);
        idTotal++;
        idCorrect += right ? 1 : 0;
        idPassed += !expectedId.isEmpty() && !refused && !asked ? 1 : 0;
    }

    /** Tallies an ID photo's fields against its card; a photo the review did not list counts as read wrong. */
    private List<String> compareIdFields(String file, IdCardTruth card, Document read) {
        Map<String, String> expected = new LinkedHashMap<>();
        if (card.side() == IdCardTruth.Side.FRONT) {
            expected.put("name", card.name());
            expected.put("idNumber", card.idNumber());
        } else {
            expected.put("validUntil", card.validUntilText());
        }
        List<String> wrong = new ArrayList<>();
        expected.forEach((field, value) -> {
            String got = read == null ? null : read.value(field);
            boolean same = sameIdValue(field, value, got);
            tally(fieldMatches, field, same);
            if (!same) {
                wrong.add(file + ":" + field + "=" + IdNumbers.maskAll(got) + "≠" + IdNumbers.maskAll(value));
            }
        });
        return wrong;
    }

    /** Names compare normalised; a number read already masked compares masked (the only form it can match). */
    static boolean sameIdValue(String field, String truth, String read) {
        if (read == null) {
            return false;
        }
        if (field.equals("idNumber")) {
            String r = read.strip().toUpperCase(java.util.Locale.ROOT);
            return r.contains("*") ? r.equals(IdNumbers.mask(truth)) : r.equals(truth);
        }
        return field.equals("name") ? Texts.normalize(truth).equals(Texts.normalize(read)) : truth.equals(read.strip());
    }

    /** How each ID photo was taken, for a wrong-decision line: {@code ids[FRONT/ALONE r90, HANDHELD mirrored]}. */
    static String idPhotos(List<GeneratedFile> files) {
        List<String> shots = new ArrayList<>();
        for (GeneratedFile f : files) {
            if (f.truth() instanceof IdCardTruth card && f.degradation() != null) {
                Map<String, Object> d = f.degradation();
                String shot = card.side() + "/" + d.get("scene");
                Object rotation = d.get("rotation");
                shot += rotation != null && !rotation.equals(0) ? " r" + rotation : "";
                shot += Boolean.TRUE.equals(d.get("mirrored")) ? " mirrored" : "";
                shots.add(f.file() + "=" + shot);
            }
        }
        return shots.isEmpty() ? "" : " ids[" + String.join(", ", shots) + "]";
    }

    /** Tallies each certificate field against the truth; answers the fields read wrong, as {@code field=read≠truth}. */
    private List<String> compareFields(DocumentTruth truth, Document read) {
        Map<String, String> expected = new LinkedHashMap<>();
        if (truth instanceof LicenceTruth l) {
            expected.put("enterpriseName", l.enterpriseName());
            expected.put(l.creditCode() != null ? "creditCode" : "registrationNumber",
                    l.creditCode() != null ? l.creditCode() : l.registrationNumber());
            expected.put("enterpriseType", l.enterpriseType());
            expected.put("legalPersonName", l.legalPersonName());
        } else if (truth instanceof InstitutionTruth i) {
            expected.put("enterpriseName", i.name());
            expected.put("creditCode", i.creditCode());
            expected.put("legalPersonName", i.legalPersonName());
        }
        List<String> wrong = new ArrayList<>();
        expected.forEach((field, value) -> {
            if (value != null) {
                boolean same = Texts.normalize(value).equals(Texts.normalize(read.value(field)));
                tally(fieldMatches, field, same);
                if (!same) {
                    wrong.add(field + "=" + read.value(field) + "≠" + value);
                }
            }
        });
        return wrong;
    }

    private static void tally(Map<String, int[]> counts, String key, boolean hit) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0] += hit ? 1 : 0;
        c[1]++;
    }

    public String render(double seconds, int workers) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("decision accuracy: %d/%d = %.1f%%%n", correct, total, pct(correct, total)));
        out.append(String.format("false approvals:   %d%n", falseApprovals));
        out.append(String.format("wrong rejections:  %d (the other wrong decisions went to a person)%n", wrongRejections));
        out.append(String.format("throughput:        %.2f submissions/s with %d workers; mean %.0f ms per submission%n",
                total / seconds, workers, total == 0 ? 0.0 : (double) reviewMillis / total));
        out.append(String.format("ID photos judged right on their own: %d/%d = %.1f%% (faulty ones passed: %d)%n",
                idCorrect, idTotal, pct(idCorrect, idTotal), idPassed));
        section(out, "by scenario (right/total)", byScenario);
        section(out, "by degradation of the certificate (right/total)", byLevel);
        section(out, "rule recall (found/expected)", recall);
        section(out, "field exact match (exact/present)", fieldMatches);
        section(out, "letters and commitments: kind, fields (absent read absent), seal found/none found (right/total)", papers);
        out.append("confusion (expected -> actual):\n");
        confusion.forEach((k, v) -> out.append(String.format("  %-32s %d%n", k, v)));
        out.append("wrong decisions (submission scenario degradation expected -> actual, codes found, fields read wrong,"
                + " ID photos as taken):\n");
        misses.forEach(m -> out.append(m).append('\n'));
        out.append("fields read wrong in submissions decided right (submission scenario degradation, fields):\n");
        misreads.forEach(m -> out.append(m).append('\n'));
        return out.toString();
    }

    private static void section(StringBuilder out, String title, Map<String, int[]> counts) {
        out.append(title).append(":\n");
        counts.forEach((k, c) -> out.append(String.format("  %-30s %4d/%-4d %5.1f%%%n", k, c[0], c[1], pct(c[0], c[1]))));
    }

    private static double pct(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
