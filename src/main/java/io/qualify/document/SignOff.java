package io.qualify.document;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A letter's or commitment's sign-off: how each part's label was found, and whether print in the
 * sign-off went unread by every reading ({@code inkUnread}; null when that was not looked at).
 */
public record SignOff(Map<Part, State> parts, Boolean inkUnread) {

    public static final SignOff NONE = new SignOff(Map.of(), null);

    /** The parts of a sign-off with a label, under their evidence keys. */
    public enum Part {
        ADMIN_NAME("adminNameLabel"), ADMIN_ID("adminIdLabel"), UNIT("unitLabel"), DATE("dateLabel"),
        USER_NAME("userNameLabel");

        private final String key;

        Part(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** A part's label: seen with nothing after it, seen with something unreadable, seen filled in, not seen. */
    public enum State {
        BLANK, UNREADABLE, SEEN, ABSENT;

        public String rendered() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public SignOff {
        parts = parts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(parts));
    }

    /** How {@code part}'s label was found; ABSENT when nothing was said of it. */
    public State state(Part part) {
        return parts.getOrDefault(part, State.ABSENT);
    }

    /** Whether print in the sign-off may have gone unread: unless a look found none, it may have. */
    public boolean inkMayBeUnread() {
        return !Boolean.FALSE.equals(inkUnread);
    }

    public SignOff withInkUnread(Boolean unread) {
        return new SignOff(parts, unread);
    }

    void render(Map<String, Object> out) {
        parts.forEach((part, state) -> out.put(part.key(), state.rendered()));
        if (inkUnread != null) {
            out.put("signOffInkUnread", inkUnread);
        }
    }
}
