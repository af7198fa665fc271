package io.qualify.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded pool of long-lived engines: at most {@code size} in service, each used by one thread at a
 * time, created on first need so a run that reads nothing loads no models. Call {@link #withEngine}, or
 * {@link #lease} to be able to {@link Lease#retire retire} an engine that may be wedged (a native call
 * that never returned): it leaves service at once, so a fresh one can take its place, and is closed
 * once whatever still runs on it ends.
 */
public final class OcrEnginePool implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OcrEnginePool.class);

    private final Supplier<OcrEngine> factory;
    private final BlockingQueue<OcrEngine> idle;
    private final List<OcrEngine> all = new ArrayList<>();
    private final int size;
    private int retired;
    private int wedged;

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
        try (Lease lease = lease()) {
            return work.apply(lease.engine());
        }
    }

    /** An engine of the caller's own until the lease is closed, waiting for one when all are busy. */
    public Lease lease() {
        return new Lease(take());
    }

    /** How many engines were taken out of service as possibly wedged since the pool was made. */
    public synchronized int retired() {
        return retired;
    }

    /** How many engines taken out of service are still held by a call that has not returned. */
    public synchronized int wedged() {
        return wedged;
    }

    /** One engine lent to one thread; closing the lease gives it back. */
    public final class Lease implements AutoCloseable {

        private OcrEngine engine;

        private Lease(OcrEngine engine) {
            this.engine = engine;
        }

        public OcrEngine engine() {
            return engine;
        }

        /**
         * Takes the leased engine out of service, to be closed once {@code stillRunning} (the work that may
         * still use it) ends, and lends a fresh one in its place ({@link #engine} from now on).
         */
        public void retire(CompletionStage<?> stillRunning) {
            OcrEngine retiring = engine;
            synchronized (all) {
                all.remove(retiring);
            }
            synchronized (OcrEnginePool.this) {
                retired++;
                wedged++;
            }
            LOG.warn("an OCR engine was taken out of service (it may be wedged); a fresh one replaces it");
            stillRunning.whenComplete((result, failure) -> {
                synchronized (OcrEnginePool.this) {
                    wedged--;
                }
                retiring.close();
            });
            engine = take();
        }

        @Override
        public void close() {
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
