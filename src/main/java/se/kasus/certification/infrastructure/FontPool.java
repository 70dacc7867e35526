package se.kasus.certification.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Parsed copies of the certificate fonts, lent to one rendering at a time: parsing the TrueType files took most of
 * a rendering's time, and a parsed font reads its tables lazily, so two renderings must not share one.
 */
final class FontPool {

    /** The regular and bold faces, parsed together. */
    record Faces(TrueTypeFont regular, TrueTypeFont bold) {
    }

    private static final byte[] REGULAR = resource("DejaVuSans.ttf");
    private static final byte[] BOLD = resource("DejaVuSans-Bold.ttf");
    private static final int MAX_IDLE = 4;

    private final ConcurrentLinkedQueue<Faces> idle = new ConcurrentLinkedQueue<>();

    Faces borrow() throws IOException {
        Faces faces = idle.poll();
        return faces != null ? faces : new Faces(parse(REGULAR), parse(BOLD));
    }

    void giveBack(Faces faces) {
        if (idle.size() < MAX_IDLE) {
            idle.offer(faces);
        } else {
            close(faces);
        }
    }

    /** A font whose use failed half-way is not lent again. */
    void discard(Faces faces) {
        close(faces);
    }

    private static void close(Faces faces) {
        try {
            faces.regular().close();
            faces.bold().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }

    private static byte[] resource(String name) {
        try (InputStream in = FontPool.class.getResourceAsStream("/certification/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Font " + name + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
