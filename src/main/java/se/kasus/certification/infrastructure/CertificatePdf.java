package se.kasus.certification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import se.kasus.certification.application.CertificateDocument;

/**
 * Renders a completion certificate as one A4 page in Swedish that is both PDF/UA-1 (tagged, in reading order,
 * the QR code with alternative text) and PDF/A-2a (embedded font subsets, XMP, sRGB output intent). The
 * seal ({@link PdfSealer}) is added afterwards as an incremental update.
 */
@ApplicationScoped
public class CertificatePdf {

    static final String QR_ALTERNATIVE_TEXT = "QR-kod som leder till verifieringssidan för intyget";
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final float MARGIN = 72;
    private static final float[] HEADING_COLOUR = {0.07f, 0.20f, 0.40f};
    private static final float[] TEXT_COLOUR = {0.10f, 0.10f, 0.10f};


    private final FontPool fontPool = new FontPool();

    public byte[] render(CertificateDocument certificate) {
        FontPool.Faces faces;
        try {
            faces = fontPool.borrow();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the certificate fonts", e);
        }
        try {
            byte[] pdf = render(certificate, faces);
            fontPool.giveBack(faces);
            return pdf;
        } catch (IOException | RuntimeException e) {
            fontPool.discard(faces);
            throw e instanceof IOException io
                    ? new UncheckedIOException("Could not render certificate " + certificate.certificateId(), io)
                    : (RuntimeException) e;
        }
    }

    private byte[] render(CertificateDocument certificate, FontPool.Faces faces) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.setVersion(1.7f);
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            Fonts fonts = new Fonts(PDType0Font.load(pdf, faces.regular(), true),
                    PDType0Font.load(pdf, faces.bold(), true));
            CertificateDocument.Issuer issuer = certificate.issuer();
            String title = "Intyg: " + clean(certificate.courseTitle()) + ", " + clean(certificate.learnerName());
            ArchivalMetadata.apply(pdf, title, clean(issuer.organisation()), certificate.issuedAt());
            try (TaggedCanvas canvas = new TaggedCanvas(pdf, page)) {
                draw(pdf, page, canvas, fonts, certificate);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private void draw(PDDocument pdf, PDPage page, TaggedCanvas canvas, Fonts fonts, CertificateDocument d)
            throws IOException {
        PDRectangle box = page.getMediaBox();
        canvas.artifact(s -> {
            s.setStrokingColor(HEADING_COLOUR[0], HEADING_COLOUR[1], HEADING_COLOUR[2]);
            s.setLineWidth(1.5f);
            s.addRect(28, 28, box.getWidth() - 56, box.getHeight() - 56);
            s.stroke();
        });
        Layout layout = new Layout(canvas, box.getWidth(), box.getHeight() - 110);
        CertificateDocument.Issuer issuer = d.issuer();
        if (issuer.logoPng() != null && issuer.logoPng().length > 0) {
            layout.logo(PDImageXObject.createFromByteArray(pdf, issuer.logoPng(), "logo"));
        }
        layout.centred(StandardStructureTypes.H1, "Intyg", fonts.bold(), 40, HEADING_COLOUR, 40);
        layout.centred(StandardStructureTypes.P, clean(d.learnerName()), fonts.bold(), 26, TEXT_COLOUR, 18);
        layout.centred(StandardStructureTypes.P, "har genomgått kursen", fonts.regular(), 14, TEXT_COLOUR, 18);
        layout.centred(StandardStructureTypes.P, clean(d.courseTitle()), fonts.bold(), 20, TEXT_COLOUR, 8);
        layout.centred(StandardStructureTypes.P, "version " + clean(d.courseVersion()), fonts.regular(), 12,
                TEXT_COLOUR, 30);
        layout.centred(StandardStructureTypes.P, "Slutförd " + SwedishWording.date(d.completedOn()),
                fonts.regular(), 13, TEXT_COLOUR, 6);
        if (d.studyTime() != null && !d.studyTime().isZero() && !d.studyTime().isNegative()) {
            layout.centred(StandardStructureTypes.P, "Beräknad studietid: " + SwedishWording.studyTime(d.studyTime()),
                    fonts.regular(), 13, TEXT_COLOUR, 6);
        }
        layout.space(30);
        layout.centred(StandardStructureTypes.P, "Utfärdat av " + clean(issuer.organisation()), fonts.bold(), 13,
                TEXT_COLOUR, 6);
        if (issuer.signatoryTitle() != null && !issuer.signatoryTitle().isBlank()) {
            layout.centred(StandardStructureTypes.P, clean(issuer.signatoryTitle()), fonts.regular(), 12,
                    TEXT_COLOUR, 6);
        }
        layout.centred(StandardStructureTypes.P,
                "Utfärdat " + SwedishWording.date(d.issuedAt().atZone(SWEDEN).toLocalDate()), fonts.regular(), 12,
                TEXT_COLOUR, 6);
        verification(layout, fonts, d);
    }

    /** The verification block at the foot of the page: heading, code and address on the left, QR code right. */
    private void verification(Layout layout, Fonts fonts, CertificateDocument d) throws IOException {
        float qrSize = 110;
        float top = MARGIN + qrSize + 40;
        float textWidth = layout.width() - 2 * MARGIN - qrSize - 30;
        layout.moveTo(top);
        layout.left(StandardStructureTypes.H2, "Kontrollera intyget", fonts.bold(), 14, HEADING_COLOUR, MARGIN,
                textWidth, 10);
        layout.left(StandardStructureTypes.P, "Verifieringskod: " + SwedishWording.groupedCode(d.verificationCode()),
                fonts.bold(), 12, TEXT_COLOUR, MARGIN, textWidth, 8);
        layout.left(StandardStructureTypes.P, "Se att intyget är giltigt på adressen nedan eller skanna QR-koden.",
                fonts.regular(), 10, TEXT_COLOUR, MARGIN, textWidth, 4);
        layout.left(StandardStructureTypes.P, clean(d.verificationUrl()), fonts.regular(), 10, TEXT_COLOUR, MARGIN,
                textWidth, 8);
        float x = layout.width() - MARGIN - qrSize;
        layout.canvas().tagged(StandardStructureTypes.Figure, QR_ALTERNATIVE_TEXT,
                s -> QrFigure.draw(s, d.verificationUrl(), x, top - qrSize - 10, qrSize));
    }

    /** Text without control characters, which neither XMP nor the font can hold. */
    static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", " ").strip();
    }

    record Fonts(PDFont regular, PDFont bold) {
    }
}
