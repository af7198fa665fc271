package io.qualify.synth;

import java.util.Map;

/**
 * One file written into a generated submission.
 *
 * @param file        the file name (neutral: carries no meaning)
 * @param kind        what a perfect classifier says it is
 * @param format      the format written, or null for a corrupt file
 * @param degradation the degradation parameters (or, for a corrupt file, how it was spoiled)
 * @param truth       the document's content, null for a corrupt file
 */
public record GeneratedFile(String file, GeneratedKind kind, ImageFormat format, Map<String, Object> degradation,
        DocumentTruth truth) {
}
