package io.qualify.render;

import static io.qualify.render.Samples.ascii;
import static io.qualify.render.Samples.concat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {

    @Test
    void recognises_each_supported_format_by_its_magic_bytes() {
        assertThat(FormatSniffer.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10))).contains(Format.JPEG);
        assertThat(FormatSniffer.sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0))).contains(Format.PNG);
        assertThat(FormatSniffer.sniff(bytes('I', 'I', 42, 0, 8, 0, 0, 0))).contains(Format.TIFF);
        assertThat(FormatSniffer.sniff(bytes('M', 'M', 0, 42, 0, 0, 0, 8))).contains(Format.TIFF);
        assertThat(FormatSniffer.sniff(Samples.WEBP_8X6)).contains(Format.WEBP);
        assertThat(FormatSniffer.sniff(ascii("%PDF-1.7\n%\u00e2\u00e3"))).contains(Format.PDF);
    }

    @Test
    void recognises_a_bmp_by_its_signature_and_dib_header_size() {
        byte[] bmp = new byte[54];
        bmp[0] = 'B';
        bmp[1] = 'M';
        bmp[14] = 40;
        assertThat(FormatSniffer.sniff(bmp)).contains(Format.BMP);
    }

    @Test
    void does_not_take_text_starting_with_bm_for_a_bmp() {
        assertThat(FormatSniffer.sniff(ascii("BMW annual report, page one of many"))).isEmpty();
    }

    @Test
    void finds_a_pdf_header_after_leading_junk_within_1024_bytes() {
        byte[] junk = new byte[1000];
        Arrays.fill(junk, (byte) 'x');
        assertThat(FormatSniffer.sniff(concat(junk, ascii("%PDF-1.4\n")))).contains(Format.PDF);
    }

    @Test
    void ignores_a_pdf_header_further_than_1024_bytes_in() {
        byte[] junk = new byte[1020];
        Arrays.fill(junk, (byte) 'x');
        assertThat(FormatSniffer.sniff(concat(junk, ascii("%PDF-1.4\n")))).isEmpty();
    }

    @Test
    void refuses_gif_heic_zip_text_and_empty_input() {
        assertThat(FormatSniffer.sniff(ascii("GIF89a\u0001\u0000\u0001\u0000"))).isEmpty();
        assertThat(FormatSniffer.sniff(bytes(0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'))).isEmpty();
        assertThat(FormatSniffer.sniff(bytes('P', 'K', 3, 4, 20, 0))).isEmpty();
        assertThat(FormatSniffer.sniff(ascii("营业执照".repeat(3)))).isEmpty();
        assertThat(FormatSniffer.sniff(new byte[0])).isEmpty();
    }

    @Test
    void refuses_a_riff_container_that_is_not_webp() {
        assertThat(FormatSniffer.sniff(ascii("RIFF\u0024\u0000\u0000\u0000WAVEfmt "))).isEmpty();
    }

    @Test
    void does_not_mistake_a_truncated_signature_for_a_format() {
        assertThat(FormatSniffer.sniff(bytes(0xFF, 0xD8))).isEmpty();
        assertThat(FormatSniffer.sniff(ascii("%PD"))).isEmpty();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
