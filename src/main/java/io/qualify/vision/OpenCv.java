package io.qualify.vision;

import nu.pattern.OpenCV;

/** Loads OpenCV's native library (shipped inside the openpnp jar) once per process. */
public final class OpenCv {

    private static volatile boolean loaded;

    private OpenCv() {
    }

    /** Loads the library if this is the first call; safe from any thread. */
    public static void load() {
        if (!loaded) {
            synchronized (OpenCv.class) {
                if (!loaded) {
                    OpenCV.loadLocally();
                    loaded = true;
                }
            }
        }
    }
}
