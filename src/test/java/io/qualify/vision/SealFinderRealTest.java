package io.qualify.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seal finder on the real documents of ../shared/realdocs (never copied into the project; labels in
 * its LABELS.md): the two seals of letter01, the one of the phone photo letter02, none on letter03,
 * one in each seal crop, and on each licence its registration authority's seal in the lower half while
 * the red national emblem at its top is not taken for one. Skips where the folder is absent.
 */
class SealFinderRealTest {

    private static final Path REALDOCS = Path.of("../shared/realdocs");
    private final SealFinder finder = new SealFinder();

    @BeforeAll
    static void present() {
        assumeTrue(Files.isDirectory(REALDOCS), "../shared/realdocs is absent: real-document tests skipped");
        assumeTrue(CardFinderTest.Photos.openCvLoads(), "OpenCV natives (org.openpnp:opencv) do not load on this platform");
    }

    @Test
    void finds_two_seals_on_letter01() throws IOException {
        List<Seal> seals = finder.find(read("letters/letter01_jiangsu_teacher_training_notice_2seals.jpg"));

        assertThat(seals).hasSize(2).allSatisfy(s -> {
            assertThat(s.box().centerY()).isBetween(2800, 3020);
            assertThat(s.box().width()).isBetween(400, 520);
            assertThat(s.shape()).isEqualTo(Seal.Shape.ROUND);
            assertThat(s.star()).isTrue();
        });
        assertThat(Math.abs(seals.get(0).box().x() - seals.get(1).box().x())).isGreaterThan(400);
    }

    @Test
    void finds_the_one_seal_on_the_phone_photo_letter02() throws IOException {
        List<Seal> seals = finder.find(read("letters/letter02_community_notice_photo_seal.png"));

        assertThat(seals).singleElement().satisfies(s -> {
            assertThat(s.box().x()).isBetween(360, 390);
            assertThat(s.box().y()).isBetween(455, 485);
            assertThat(s.box().width()).isBetween(85, 110);
        });
    }

    @Test
    void finds_no_seal_on_letter03_which_has_none() throws IOException {
        assertThat(finder.find(read("letters/letter03_cnas_certificate_no_red_seal.jpg"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seal01_nanjing_puchengjidian_crop.png", "seal02_round_star_seal_crop.png",
        "seal03_luan_jianghuai_dianji_crop.png"})
    void finds_the_one_seal_filling_each_seal_crop(String file) throws IOException {
        BufferedImage crop = read("seal/" + file);

        List<Seal> seals = finder.find(crop);

        assertThat(seals).singleElement().satisfies(s ->
                assertThat(s.box().width()).isGreaterThan(crop.getWidth() * 8 / 10));
        if (file.startsWith("seal02")) {
            assertThat(seals.get(0).star()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bl01_hangzhou_oukeyeya_0163.jpg", "bl02_fujian_chengxin_baoan_0119.jpg",
        "bl03_guangdong_xianggucun_0007.jpg", "bl04_foshan_pujujiahao_photo_0154.jpg",
        "bl05_chongqing_yujie_old_style_0003.jpg", "bl06_foshan_getihu_0158.jpg"})
    void finds_the_licence_authority_seal_and_not_the_national_emblem(String file) throws IOException {
        BufferedImage licence = read("business_licence/" + file);

        List<Seal> seals = finder.find(licence);

        assertThat(seals).singleElement().satisfies(s -> {
            assertThat(s.box().y()).isGreaterThan(licence.getHeight() / 2);
            assertThat(s.box().x()).isGreaterThan(licence.getWidth() / 2);
        });
    }

    private static BufferedImage read(String file) throws IOException {
        return ImageIO.read(REALDOCS.resolve(file).toFile());
    }
}
