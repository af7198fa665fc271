package io.qualify.report;

/**
 * What Qualify's HTML pages share: the head with its one stylesheet and the escaping of every text
 * put into them (anything read from a document is text: a licence can be made to carry markup).
 */
public final class Html {

    private static final String STYLE = "<style>body{font-family:sans-serif;margin:2em;max-width:70em}"
            + "table{border-collapse:collapse;width:100%;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;"
            + "text-align:left;vertical-align:top}.APPROVE{background:#dfd}.REJECT{background:#fdd}"
            + ".MANUAL_REVIEW{background:#ffd}.SUPERSEDED{opacity:.5}.decision{padding:.5em 1em;font-size:1.4em}"
            + "pre{white-space:pre-wrap}</style>";

    private Html() {
    }

    /** The page's start, up to and with {@code <body>}: its title (escaped) and the stylesheet. */
    public static String head(String title) {
        return "<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'><title>" + escape(title) + "</title>"
                + STYLE + "</head><body>";
    }

    /** The text with {@code & < > " '} escaped; "" for null. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
