package io.qualify.verdict;

import io.qualify.QualifyException;

/** A reviewer's decision the store would not record, and why; nothing was written. */
public class DecisionRefusedException extends QualifyException {

    /** Why a decision was refused. */
    public enum Why {
        /** The decision as asked is incomplete or wrong (no reason, a rejection without its code...). */
        INVALID,
        /** No verdict has that id. */
        NO_VERDICT,
        /** The machine decided it: only a MANUAL_REVIEW verdict is left to a person. */
        NOT_FOR_A_PERSON,
        /** A reviewer approved it already, and an approval is final. */
        APPROVED
    }

    private final Why why;

    public DecisionRefusedException(Why why, String message) {
        super(message);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
