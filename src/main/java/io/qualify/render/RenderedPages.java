package io.qualify.render;

import io.qualify.document.Page;
import java.util.List;

/**
 * A file's pages, each rendered when it is asked for: a long PDF's pages are not all held while its
 * first are read, and a reading given up (its time budget spent) leaves the rest unrendered. Close it
 * when done; a PDF's document stays open until then.
 *
 * <pre>{@code
 * try (RenderedPages pages = renderer.open(file)) {
 *     for (int i = 0; i < pages.count(); i++) read(pages.page(i));
 * }
 * }</pre>
 */
public interface RenderedPages extends AutoCloseable {

    /** How many pages the file has; at least one. */
    int count();

    /**
     * Page {@code index} (0-based), upright and {@code TYPE_INT_RGB}, rendered now; the same failures as
     * {@link Renderer#render}, for this page.
     */
    Page page(int index) throws UnreadableDocumentException;

    @Override
    void close();

    /** Pages already rendered. */
    static RenderedPages of(List<Page> pages) {
        List<Page> all = List.copyOf(pages);
        return new RenderedPages() {
            @Override
            public int count() {
                return all.size();
            }

            @Override
            public Page page(int index) {
                return all.get(index);
            }

            @Override
            public void close() {
                // nothing held but the list
            }
        };
    }
}
