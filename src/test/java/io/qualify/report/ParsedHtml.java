package io.qualify.report;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.text.MutableAttributeSet;
import javax.swing.text.html.HTML;
import javax.swing.text.html.HTMLEditorKit;
import javax.swing.text.html.parser.ParserDelegator;

/**
 * A page as an HTML parser reads it (the JDK's own, the one on the test class path): the elements it
 * opens, by name, and the text it holds, entities decoded. What a document carried must come out as
 * text, never as an element.
 */
final class ParsedHtml {

    private final List<String> elements = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private ParsedHtml() {
    }

    static ParsedHtml parse(String html) {
        ParsedHtml parsed = new ParsedHtml();
        HTMLEditorKit.ParserCallback callback = new HTMLEditorKit.ParserCallback() {
            @Override
            public void handleStartTag(HTML.Tag tag, MutableAttributeSet attributes, int position) {
                parsed.elements.add(tag.toString().toLowerCase(Locale.ROOT));
            }

            @Override
            public void handleSimpleTag(HTML.Tag tag, MutableAttributeSet attributes, int position) {
                parsed.elements.add(tag.toString().toLowerCase(Locale.ROOT));
            }

            @Override
            public void handleText(char[] data, int position) {
                parsed.text.append(data);
            }
        };
        try {
            new ParserDelegator().parse(new StringReader(html), callback, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parsed;
    }

    /** How many elements of {@code name} the page opens. */
    long count(String name) {
        return elements.stream().filter(name::equals).count();
    }

    String text() {
        return text.toString();
    }
}
