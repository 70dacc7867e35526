package se.kasus.certification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class CertificatePdfTest {

    private final CertificatePdf renderer = new CertificatePdf();

    @Test
    void pageTextNamesTheLearnerTheCourseAndTheVerificationCode() throws Exception {
        byte[] pdf = renderer.render(CertificateFixtures.certificate(null));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("Intyg", "Åsa Öberg-Ärlig", "har genomgått kursen",
                    "Mänskliga rättigheter i offentlig verksamhet", "version 2.1", "Slutförd 3 december 2026",
                    "Beräknad studietid: cirka 4 timmar", "Länsstyrelsen i Västra Götalands län",
                    "Utbildningsansvarig", "Verifieringskod: 7K4Q-M2XW-9PRT-HC3N");
            assertThat(text.replace(" ", "")).contains(CertificateFixtures.URL);
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Intyg: Mänskliga rättigheter i offentlig verksamhet, Åsa Öberg-Ärlig");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
        }
    }

    @Test
    void qrCodeOnTheRenderedPageLeadsToTheVerificationAddress() throws Exception {
        byte[] pdf = renderer.render(CertificateFixtures.certificate(TestImages.logoPng()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200, ImageType.RGB);
            ImageIO.write(page, "png", new java.io.File("target/certificate-page.png"));
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));

            assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(CertificateFixtures.URL);
        }
    }

    @Test
    void certificateWithLogoConformsToPdfUaAndPdfA() throws Exception {
        byte[] pdf = renderer.render(CertificateFixtures.certificate(TestImages.logoPng()));

        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 failed rules").isEmpty();
        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a failed rules").isEmpty();
    }

    @Test
    void charactersTheFontLacksBecomeQuestionMarksInsteadOfFailing() throws Exception {
        var d = CertificateFixtures.certificate(null);
        var odd = new se.kasus.certification.application.CertificateDocument(d.certificateId(), d.verificationCode(),
                d.verificationUrl(), "Anna \u6F22 Lind\u0007", d.courseTitle(), d.courseVersion(),
                d.completedOn(), d.studyTime(), d.issuedAt(), d.issuer());

        try (PDDocument document = Loader.loadPDF(renderer.render(odd))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Anna ? Lind");
        }
    }

    @Test
    void renderingsOneAfterAnotherEachEmbedTheGlyphsTheyUse() throws Exception {
        renderer.render(CertificateFixtures.certificate(null));
        var d = CertificateFixtures.certificate(null);
        var other = new se.kasus.certification.application.CertificateDocument(d.certificateId(),
                d.verificationCode(), d.verificationUrl(), "Zoë Ñúñez Łukasiewicz", "Ωmega-kursen för jämställdhet",
                "3", d.completedOn(), d.studyTime(), d.issuedAt(), d.issuer());

        byte[] pdf = renderer.render(other);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Zoë Ñúñez Łukasiewicz", "Ωmega-kursen för jämställdhet");
        }
        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a failed rules").isEmpty();
    }
}
