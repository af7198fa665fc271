package io.qualify.verdict;

import io.qualify.QualifyException;

/**
 * The store could not be reached or refused a statement. Transient from the service's point of view:
 * the input is left where it is (inbox) or handed back (queue) and tried again.
 */
public class StoreException extends QualifyException {

    public StoreException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
