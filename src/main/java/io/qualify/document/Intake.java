package io.qualify.document;

import java.nio.file.Path;

/**
 * One submission as the service took it in, before it is read: its content's SHA-256 (the key that
 * makes intake idempotent), the {@link #id()} the API and the store use, the source, the submission's
 * name, and where its bytes are on disk (a zip, or a directory holding {@code READY}).
 */
public record Intake(String sha256, Source source, String name, Path path) {

    /** Where a submission came from. */
    public enum Source { INBOX, QUEUE, HTTP }

    /** The first 32 hex digits of the SHA-256: short enough for a URL, still unique. */
    public String id() {
        return sha256.substring(0, 32);
    }
}
