package org.rapporteur.format.pdf.internal;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The horizontal rules drawn on one page, as their height from the page top: a horizontal line segment
 * at least 20 points long, or a rectangle at most two points high (a footnote separator is one of them).
 * Points arrive in page space, already through the current transformation matrix.
 */
final class Rules {
    private final float pageHeight;
    private final List<float[]> found = new ArrayList<>();
    private Point2D current;

    Rules(float pageHeight) {
        this.pageHeight = pageHeight;
    }

    void moveTo(Point2D p) {
        current = p;
    }

    void lineTo(Point2D next) {
        if (current != null && Math.abs(next.getY() - current.getY()) < 0.5 && Math.abs(next.getX() - current.getX()) >= 20) {
            found.add(new float[] {pageHeight - (float) next.getY(), (float) Math.min(next.getX(), current.getX()),
                    (float) Math.max(next.getX(), current.getX())});
        }
        current = next;
    }

    void rectangle(Point2D... corners) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point2D p : corners) {
            minX = Math.min(minX, p.getX());
            maxX = Math.max(maxX, p.getX());
            minY = Math.min(minY, p.getY());
            maxY = Math.max(maxY, p.getY());
        }
        if (maxY - minY <= 2 && maxX - minX >= 20) {
            found.add(new float[] {pageHeight - (float) maxY, (float) minX, (float) maxX});
        }
        current = corners[0];
    }

    /** Each rule as {top, left, right} in points, top measured from the page top. */
    List<float[]> list() {
        return found;
    }
}
