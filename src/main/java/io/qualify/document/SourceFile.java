package io.qualify.document;

import java.util.Objects;

/**
 * One uploaded file as it arrived. {@code content} is null when the file was not loaded because it is
 * over the size limit; {@code size} is then its real size, so a finding can say by how much.
 */
public record SourceFile(String name, long size, byte[] content) {

    public SourceFile {
        Objects.requireNonNull(name, "name");
    }

    public static SourceFile of(String name, byte[] content) {
        return new SourceFile(name, content.length, content);
    }

    public boolean loaded() {
        return content != null;
    }
}
