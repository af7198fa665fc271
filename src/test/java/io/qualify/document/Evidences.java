package io.qualify.document;

import java.util.Map;

/** Evidence as the readers would leave it, for tests that state only the part they are about. */
public final class Evidences {

    private Evidences() {
    }

    /** A card whose number the second model read alike ({@code agreed}) or otherwise. */
    public static Evidence numberAgreed(boolean agreed) {
        return Evidence.of(CardEvidence.of(new CardEvidence.Readings(agreed, false, null, null)));
    }

    /** A card back whose period of validity {@code readings} readings gave alike. */
    public static Evidence validityReadings(int readings) {
        return Evidence.of(CardEvidence.of(new CardEvidence.Readings(null, false, null, readings)));
    }

    /** A photo where a card was seen and not read. */
    public static Evidence cardSeenUnread() {
        return Evidence.of(CardEvidence.seenUnreadCard());
    }

    /** A sign-off whose parts' labels were found as given, with no look for unread ink. */
    public static Evidence signOff(Map<SignOff.Part, SignOff.State> parts) {
        return Evidence.of(new SignOff(parts, null));
    }

    /** The seal by the sign-off read as {@code text}, {@code confidence} sure. */
    public static Evidence sealText(String text, double confidence) {
        return Evidence.of(new Sealing(true, java.util.List.of(), true, text, confidence));
    }
}
