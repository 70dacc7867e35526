package se.kasus.certification.infrastructure;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code drawn as filled rectangles, one per run of dark modules in a row: sharp at any zoom and in print,
 * and smaller than an image. The page around it is white, which gives the quiet zone.
 */
final class QrFigure {

    private QrFigure() {
    }

    static void draw(PDPageContentStream stream, String text, float x, float y, float size) throws IOException {
        BitMatrix matrix = matrix(text);
        float module = size / matrix.getWidth();
        stream.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int column = 0;
            while (column < matrix.getWidth()) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                // Rows run downwards in the matrix and upwards on the page.
                stream.addRect(x + start * module, y + size - (row + 1) * module, (column - start) * module, module);
            }
        }
        stream.fill();
    }

    private static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("The verification address does not fit in a QR code", e);
        }
    }
}
