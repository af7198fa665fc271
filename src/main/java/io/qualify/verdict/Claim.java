package io.qualify.verdict;

/**
 * What the store says about an intake item about to be worked on: review it ({@code verdict} null,
 * {@code attempt} counts from 1), its verdict is already stored ({@code verdict} set), or it has failed
 * for good ({@code failure} set).
 */
public record Claim(int attempt, StoredVerdict verdict, String failure) {

    public static Claim work(int attempt) {
        return new Claim(attempt, null, null);
    }

    public static Claim done(StoredVerdict verdict) {
        return new Claim(0, verdict, null);
    }

    public static Claim failed(String reason) {
        return new Claim(0, null, reason);
    }

    public boolean done() {
        return verdict != null;
    }

    public boolean failed() {
        return failure != null;
    }
}
