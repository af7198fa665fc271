package io.qualify.synth;

/** How badly a generated document is degraded before it is written, see {@link Degrader}. */
public enum DegradationLevel {
    /** The rendered page as is. */
    NONE,
    /** A flatbed scan: small skew, slight blur, mild uneven light, noise, JPEG. */
    SCAN,
    /** A phone photo: on a desk or carpet, perspective, strong uneven light, maybe a shadow, blur, noise, JPEG. */
    PHOTO,
    /** An old web image: downscaled to about 960 px wide and compressed hard. */
    LOWRES
}
