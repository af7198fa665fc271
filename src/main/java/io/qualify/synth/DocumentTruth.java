package io.qualify.synth;

/** The known content of one synthetic document: what a perfect reader would extract from its image. */
public sealed interface DocumentTruth permits LicenceTruth, InstitutionTruth, OtherTruth, IdCardTruth,
        LetterTruth, CommitmentTruth {
}
