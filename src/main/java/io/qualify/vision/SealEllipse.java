package io.qualify.vision;

import io.qualify.document.Box;

/**
 * An ellipse hypothesised as a seal's outline, in search-image pixels: centre, half-axes and the turn
 * of the first half-axis (degrees, clockwise on screen). A point is addressed by its direction
 * {@code phi} round the centre and its share {@code s} of the way out to the outline (1 on it).
 */
record SealEllipse(double cx, double cy, double a, double b, double angle) {

    double x(double phi, double s) {
        double t = Math.toRadians(angle);
        return cx + s * (a * Math.cos(phi) * Math.cos(t) - b * Math.sin(phi) * Math.sin(t));
    }

    double y(double phi, double s) {
        double t = Math.toRadians(angle);
        return cy + s * (a * Math.cos(phi) * Math.sin(t) + b * Math.sin(phi) * Math.cos(t));
    }

    /** How far out (1 on the outline) the point {@code (px, py)} lies. */
    double share(double px, double py) {
        double t = Math.toRadians(angle);
        double dx = px - cx;
        double dy = py - cy;
        double u = (dx * Math.cos(t) + dy * Math.sin(t)) / a;
        double v = (-dx * Math.sin(t) + dy * Math.cos(t)) / b;
        return Math.sqrt(u * u + v * v);
    }

    double meanRadius() {
        return (a + b) / 2;
    }

    /** Long half-axis over short, at least 1. */
    double aspect() {
        return Math.max(a, b) / Math.min(a, b);
    }

    /** The axis-aligned box round the ellipse, scaled by {@code factor}. */
    Box box(double factor) {
        double t = Math.toRadians(angle);
        double halfW = Math.hypot(a * Math.cos(t), b * Math.sin(t));
        double halfH = Math.hypot(a * Math.sin(t), b * Math.cos(t));
        int x = (int) Math.round((cx - halfW) * factor);
        int y = (int) Math.round((cy - halfH) * factor);
        return new Box(x, y, (int) Math.round(2 * halfW * factor), (int) Math.round(2 * halfH * factor));
    }

    SealEllipse scaled(double sa, double sb) {
        return new SealEllipse(cx, cy, a * sa, b * sb, angle);
    }

    /** The same ellipse in an image scaled by {@code factor}. */
    SealEllipse resized(double factor) {
        return new SealEllipse(cx * factor, cy * factor, a * factor, b * factor, angle);
    }

    SealEllipse moved(double dx, double dy) {
        return new SealEllipse(cx + dx, cy + dy, a, b, angle);
    }
}
