package org.rapporteur.format.pdf.internal;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;

/**
 * The horizontal rules drawn on a page, as their height from the page top: a stroked horizontal line, or
 * a filled rectangle at most two points high. A footnote separator is one of them.
 */
public final class RuleFinder extends PDFGraphicsStreamEngine {
    private final float pageHeight;
    private final List<float[]> rules = new ArrayList<>();
    private final List<Point2D> path = new ArrayList<>();
    private Point2D current;

    private RuleFinder(PDPage page) {
        super(page);
        this.pageHeight = page.getMediaBox().getHeight();
    }

    /** Each rule as {top, left, right} in points, top measured from the page top. */
    public static List<float[]> find(PDPage page) {
        RuleFinder f = new RuleFinder(page);
        try {
            f.processPage(page);
        } catch (IOException | RuntimeException e) {
            return List.of(); // a page we cannot draw has no rules we know of; the font sizes still tell
        }
        return f.rules;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        double minX = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        double maxX = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        double minY = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        double maxY = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        if (maxY - minY <= 2 && maxX - minX >= 20) {
            rules.add(new float[] {pageHeight - (float) maxY, (float) minX, (float) maxX});
        }
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        path.clear();
        path.add(current);
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D next = new Point2D.Float(x, y);
        if (current != null && Math.abs(next.getY() - current.getY()) < 0.5 && Math.abs(next.getX() - current.getX()) >= 20) {
            rules.add(new float[] {pageHeight - (float) y, (float) Math.min(x, current.getX()),
                    (float) Math.max(x, current.getX())});
        }
        current = next;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current == null ? new Point2D.Float() : current;
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
    }

    @Override
    public void strokePath() {
    }

    @Override
    public void fillPath(int windingRule) {
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void clip(int windingRule) {
    }
}
