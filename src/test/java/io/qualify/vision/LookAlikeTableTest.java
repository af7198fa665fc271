package io.qualify.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The look-alike table the review ships ({@code io/qualify/check/look-alikes.txt}): every two characters
 * of the recogniser's dictionary at least {@link #THRESHOLD} alike ({@link Glyphs#similarity}), drawn in
 * two pinned Debian fonts. With those fonts installed at their pinned SHA-256, the table is computed
 * again and must equal the shipped one; {@code -Dqualify.lookalikes.write=true} writes it instead. The
 * review reads the table only, so a verdict never depends on the fonts of the host.
 */
class LookAlikeTableTest {

    /** Written into the table's header, which LookAlikesTest holds to the threshold the rules use. */
    static final double THRESHOLD = 0.70;
    static final Path TABLE = Path.of("src/main/resources/io/qualify/check/look-alikes.txt");
    static final Path DICTIONARY = Path.of("models/ppocr_keys_v1.txt");
    /** Family, Debian package and version, file, SHA-256. */
    static final List<String[]> FONTS = List.of(
            new String[] {"AR PL UMing CN", "fonts-arphic-uming 0.2.20080216.2-11", "/usr/share/fonts/truetype/arphic/uming.ttc",
                "fe952e55617275142d9cefd4d79eade4df446517b0478b2567d9bc7df49f70e2"},
            new String[] {"AR PL UKai CN", "fonts-arphic-ukai 0.2.20080216.2-5", "/usr/share/fonts/truetype/arphic/ukai.ttc",
                "cfc758e69386a21bade8cb3b373fda20d7f2fac6e8904ced2ded98588b63e274"});

    @Test
    void the_shipped_table_is_what_the_pinned_fonts_give() throws Exception {
        for (String[] font : FONTS) {
            assumeTrue(Files.isRegularFile(Path.of(font[2])) && sha256(Path.of(font[2])).equals(font[3]),
                    font[0] + " is not installed at its pinned version here (" + font[1] + "): table not recomputed");
        }
        assumeTrue(Files.isRegularFile(DICTIONARY), "models/ missing");
        List<String> pairs = glyphs().alikePairs(ideographs(), THRESHOLD);
        String table = header() + String.join("\n", pairs) + "\n";
        if (Boolean.getBoolean("qualify.lookalikes.write")) {
            Files.writeString(TABLE, table);
        }
        assertThat(Files.readString(TABLE)).isEqualTo(table);
    }

    @Test
    void the_bit_set_measure_is_the_drawn_one() {
        assumeTrue(Files.isRegularFile(Path.of(FONTS.get(0)[2])), "the pinned fonts are not installed here");
        Glyphs glyphs = glyphs();
        String sample = "字宇己已未末免兔大太候侯吴昊林森日曰有启王谭限美";
        Random rnd = new Random(20261130);
        StringBuilder chars = new StringBuilder(sample);
        String common = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";
        chars.append(common);
        List<String> pairs = glyphs.alikePairs(chars.toString(), THRESHOLD);
        String all = chars.toString();
        for (int k = 0; k < 3000; k++) {
            char a = all.charAt(rnd.nextInt(all.length()));
            char b = all.charAt(rnd.nextInt(all.length()));
            if (a == b) {
                continue;
            }
            boolean drawn = glyphs.similarity(a, b).map(s -> s >= THRESHOLD).orElse(false);
            String pair = a < b ? "" + a + b : "" + b + a;
            assertThat(pairs.contains(pair)).as(pair).isEqualTo(drawn);
        }
        assertThat(pairs).contains("字宇", "己已", "吴昊");
    }

    private static Glyphs glyphs() {
        return Glyphs.of(FONTS.stream().map(f -> f[0]).toArray(String[]::new));
    }

    /** The dictionary's ideographs, in its order. */
    private static String ideographs() throws IOException {
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(DICTIONARY, StandardCharsets.UTF_8)) {
            line.codePoints().filter(Character::isIdeographic).forEach(out::appendCodePoint);
        }
        return out.toString();
    }

    private static String header() throws Exception {
        StringBuilder h = new StringBuilder();
        h.append("# Look-alike pairs for LookAlikes (the review draws no glyph: its verdicts do not depend on the host's fonts).\n");
        h.append("# Every two ideographs of the recogniser's dictionary (").append(DICTIONARY).append(", sha256 ")
                .append(sha256(DICTIONARY)).append(")\n");
        h.append("# whose similarity (Glyphs: the share of either's ink within 1.5 px of the other's, drawn at 48 px,\n");
        h.append("# the lower of both directions and of both fonts) is at least ").append(THRESHOLD).append(", drawn in\n");
        for (String[] font : FONTS) {
            h.append("#   ").append(font[0]).append(" (").append(font[1]).append(", ").append(font[2]).append(", sha256 ")
                    .append(font[3]).append(")\n");
        }
        h.append("# One pair a line, in code order. Written by LookAlikeTableTest with -Dqualify.lookalikes.write=true.\n");
        return h.toString();
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
