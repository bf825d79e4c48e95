package app.stoika.db.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * Draws the demo products' pictures (no image files ship with the repo): a cup with pearls for drinks,
 * a plate for snacks, in a colour derived from the product's name so that tiles are easy to tell apart.
 */
final class ProductPicture {
    private static final int SIZE = 256;

    private ProductPicture() {
    }

    static byte[] render(String productName, String categoryName) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float hue = (Math.floorMod(productName.hashCode(), 360)) / 360f;
            Color main = Color.getHSBColor(hue, 0.45f, 0.92f);
            Color dark = Color.getHSBColor(hue, 0.55f, 0.55f);
            g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.12f, 1f), 0, SIZE, Color.getHSBColor(hue, 0.25f, 0.97f)));
            g.fill(new RoundRectangle2D.Float(0, 0, SIZE, SIZE, 48, 48));
            if (categoryName.equals("Закуски")) {
                drawPlate(g, main, dark);
            } else {
                drawCup(g, main, dark, categoryName.equals("Бабл ти"));
            }
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drawCup(Graphics2D g, Color drink, Color dark, boolean pearls) {
        Path2D cup = new Path2D.Float();
        cup.moveTo(70, 70);
        cup.lineTo(186, 70);
        cup.lineTo(170, 226);
        cup.lineTo(86, 226);
        cup.closePath();
        g.setColor(new Color(255, 255, 255, 200));
        g.fill(cup);
        Path2D liquid = new Path2D.Float();
        liquid.moveTo(75, 100);
        liquid.lineTo(181, 100);
        liquid.lineTo(170, 222);
        liquid.lineTo(86, 222);
        liquid.closePath();
        g.setColor(drink);
        g.fill(liquid);
        if (pearls) {
            g.setColor(new Color(60, 35, 25));
            for (int i = 0; i < 9; i++) {
                g.fill(new Ellipse2D.Float(92 + (i % 5) * 15, 190 + (i / 5) * 14 - (i % 2) * 6, 13, 13));
            }
        }
        g.setColor(dark);
        g.setStroke(new BasicStroke(5f));
        g.draw(cup);
        g.fillRoundRect(62, 60, 132, 14, 8, 8);
        g.setStroke(new BasicStroke(12f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(140, 64, 162, 18);
    }

    private static void drawPlate(Graphics2D g, Color food, Color dark) {
        g.setColor(new Color(255, 255, 255, 230));
        g.fill(new Ellipse2D.Float(28, 120, 200, 90));
        g.setColor(dark);
        g.setStroke(new BasicStroke(4f));
        g.draw(new Ellipse2D.Float(28, 120, 200, 90));
        g.setColor(food);
        g.fill(new RoundRectangle2D.Float(70, 96, 116, 78, 40, 40));
        g.setColor(dark);
        g.draw(new RoundRectangle2D.Float(70, 96, 116, 78, 40, 40));
    }
}
