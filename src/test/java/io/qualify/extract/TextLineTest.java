package io.qualify.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qualify.document.Box;
import io.qualify.ocr.OcrLine;
import io.qualify.ocr.OcrSymbol;
import io.qualify.ocr.OcrWord;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLineTest {

    private static final Box BOX = new Box(0, 0, 10, 10);

    @Test
    void joins_normalised_words_without_spaces() {
        OcrLine line = new OcrLine("类型 有限责任公司（自然人独资）", BOX, 0.9,
                List.of(new OcrWord("类型", BOX, 0.9), new OcrWord("有限责任公司（自然人独资）", BOX, 0.8)));

        TextLine text = TextLine.of(line);

        assertThat(text.text()).isEqualTo("类型有限责任公司(自然人独资)");
        assertThat(text.confidences()).hasSize(text.text().length());
        assertThat(text.source()).isSameAs(line);
    }

    @Test
    void gives_each_character_its_word_confidence() {
        OcrLine line = new OcrLine("AB CD", BOX, 0.7, List.of(new OcrWord("AB", BOX, 0.9), new OcrWord("CD", BOX, 0.5)));

        TextLine text = TextLine.of(line);

        assertThat(text.confidence(0, 2)).isCloseTo(0.9, within(1e-9));
        assertThat(text.confidence(2, 4)).isCloseTo(0.5, within(1e-9));
        assertThat(text.confidence(1, 3)).isCloseTo(0.7, within(1e-9));
        assertThat(text.confidence(2, 2)).isZero();
    }

    @Test
    void marks_a_blank_wider_than_its_words_as_a_break() {
        Box h = new Box(0, 0, 40, 40);
        OcrLine line = new OcrLine("负责人 雷颖洋 人", BOX, 0.9, List.of(
                new OcrWord("负责人", new Box(0, 0, 120, 40), 0.9),
                new OcrWord("雷颖洋", new Box(160, 0, 120, 40), 0.9),
                new OcrWord("人", new Box(480, 0, h.width(), 40), 0.9)));

        TextLine text = TextLine.of(line);

        assertThat(text.breakAt(3)).as("a blank of one height is not a break").isFalse();
        assertThat(text.breakAt(6)).as("a blank of five heights is").isTrue();
        assertThat(text.stretchEnd(3, text.text().length())).isEqualTo(6);
        assertThat(text.stretchEnd(0, 5)).isEqualTo(5);
    }

    @Test
    void keeps_each_characters_own_confidence_beside_its_words() {
        OcrWord word = new OcrWord("有限（公司", BOX, 0.6, List.of(new OcrSymbol("有", 0.99), new OcrSymbol("限", 0.6),
                new OcrSymbol("（", 0.9), new OcrSymbol("公", 0.98), new OcrSymbol("司", 0.97)));
        TextLine text = TextLine.of(new OcrLine("有限（公司", BOX, 0.6, List.of(word)));

        assertThat(text.text()).isEqualTo("有限(公司");
        assertThat(text.characterConfidences()).containsExactly(0.99, 0.6, 0.9, 0.98, 0.97);
        assertThat(text.field(3, 5).characters()).containsExactly(0.98, 0.97);
        assertThat(text.field(3, 5).confidence()).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void falls_back_to_the_words_confidence_when_the_symbols_do_not_spell_the_word() {
        OcrWord word = new OcrWord("公司", BOX, 0.8, List.of(new OcrSymbol("公", 0.99)));

        assertThat(TextLine.of(new OcrLine("公司", BOX, 0.8, List.of(word))).characterConfidences())
                .containsExactly(0.8, 0.8);
    }
}
