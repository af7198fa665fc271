package io.qualify.synth;

import java.util.List;

/**
 * What a synthetic document of no known kind says (a notice, a receipt): used for DOCUMENT_UNRECOGNISED.
 *
 * @param variant NOTICE or RECEIPT
 * @param title   the heading as printed
 * @param lines   the body lines as printed
 */
public record OtherTruth(String variant, String title, List<String> lines) implements DocumentTruth {
}
