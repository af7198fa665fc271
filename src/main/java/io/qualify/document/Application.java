package io.qualify.document;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the applicant typed into the console form ({@code application.json}, SPEC.md §2). Every key is
 * optional, so every component may be null; {@link #EMPTY} stands for a submission without the file.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Application(
        String applicationId,
        String certificateType,
        String enterpriseName,
        String creditCode,
        String legalPersonName,
        String adminName,
        String adminIdNumber,
        String productName,
        String description,
        String submittedAt) {

    public static final Application EMPTY =
            new Application(null, null, null, null, null, null, null, null, null, null);
}
