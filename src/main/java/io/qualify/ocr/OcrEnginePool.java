package io.qualify.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A bounded pool of long-lived engines: at most {@code size} exist, each used by one thread at a time,
 * created on first need so a run that reads nothing loads no models. Call {@link #withEngine}.
 */
public final class OcrEnginePool implements AutoCloseable {

    private final Supplier<OcrEngine> factory;
    private final BlockingQueue<OcrEngine> idle;
    private final List<OcrEngine> all = new ArrayList<>();
    private final int size;

    public OcrEnginePool(Supplier<OcrEngine> factory, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("pool size must be at least 1");
        }
        this.factory = factory;
        this.size = size;
        this.idle = new ArrayBlockingQueue<>(size);
    }

    /** Runs {@code work} with an engine of its own, waiting for one when all are busy. */
    public <T> T withEngine(Function<OcrEngine, T> work) {
        OcrEngine engine = take();
        try {
            return work.apply(engine);
        } finally {
            idle.add(engine);
        }
    }

    private OcrEngine take() {
        OcrEngine engine = idle.poll();
        if (engine != null) {
            return engine;
        }
        synchronized (all) {
            if (all.size() < size) {
                OcrEngine created = factory.get();
                all.add(created);
                return created;
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an OCR engine", e);
        }
    }

    @Override
    public void close() {
        synchronized (all) {
            all.forEach(OcrEngine::close);
            all.clear();
        }
    }
}
