package se.kasus.certification.infrastructure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Paragraphs placed top to bottom on a {@link TaggedCanvas}, wrapped to the width they are given. */
final class Layout {

    private static final float LEADING = 1.25f;
    private static final float LOGO_HEIGHT = 60;
    private static final float LOGO_WIDTH = 200;

    private final TaggedCanvas canvas;
    private final float width;
    private float y;

    Layout(TaggedCanvas canvas, float width, float top) {
        this.canvas = canvas;
        this.width = width;
        this.y = top;
    }

    TaggedCanvas canvas() {
        return canvas;
    }

    float width() {
        return width;
    }

    void space(float points) {
        y -= points;
    }

    void moveTo(float top) {
        y = top;
    }

    /** The issuer's logo, centred above the text; decoration, since the issuer is named in the text. */
    void logo(PDImageXObject image) throws IOException {
        float scale = Math.min(LOGO_HEIGHT / image.getHeight(), LOGO_WIDTH / image.getWidth());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        float top = y + 40;
        canvas.artifact(s -> s.drawImage(image, (width - w) / 2, top - h, w, h));
        y = Math.min(y, top - h - 30);
    }

    void centred(String type, String text, PDFont font, float size, float[] colour, float spaceAfter)
            throws IOException {
        float maxWidth = width - 2 * 90;
        paragraph(type, text, font, size, colour, maxWidth, spaceAfter, line -> (width - textWidth(font, size, line)) / 2);
    }

    void left(String type, String text, PDFont font, float size, float[] colour, float x, float maxWidth,
            float spaceAfter) throws IOException {
        paragraph(type, text, font, size, colour, maxWidth, spaceAfter, line -> x);
    }

    private interface Indent {
        float x(String line) throws IOException;
    }

    private void paragraph(String type, String text, PDFont font, float size, float[] colour, float maxWidth,
            float spaceAfter, Indent indent) throws IOException {
        String printable = printable(font, text);
        List<String> lines = wrap(font, size, printable, maxWidth);
        canvas.tagged(type, null, s -> {
            s.setNonStrokingColor(colour[0], colour[1], colour[2]);
            for (String line : lines) {
                y -= size;
                show(s, font, size, indent.x(line), y, line);
                y -= size * (LEADING - 1);
            }
        });
        y -= spaceAfter;
    }

    private static void show(PDPageContentStream s, PDFont font, float size, float x, float y, String line)
            throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(line);
        s.endText();
    }

    /** Lines of at most maxWidth, broken at spaces, and inside a word (an address) only when it is too long. */
    static List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (textWidth(font, size, candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (textWidth(font, size, rest) > maxWidth && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && textWidth(font, size, rest.substring(0, cut)) > maxWidth) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static float textWidth(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with every character the font lacks replaced by a question mark, rather than failing. */
    static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String character = new String(Character.toChars(c));
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
