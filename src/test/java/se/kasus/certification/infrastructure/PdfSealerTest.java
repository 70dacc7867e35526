package se.kasus.certification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PdfSealerTest {

    private static final Instant NOW = Instant.parse("2026-12-03T14:20:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    static Path dataDir;

    private static byte[] unsealed;
    private static byte[] sealed;

    @BeforeAll
    static void sealOneCertificate() {
        SealingKeys keys = new SealingKeys(dataDir.toString(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("Länsstyrelsen i Västra Götalands län"), CLOCK);
        unsealed = new CertificatePdf().render(CertificateFixtures.certificate(TestImages.logoPng()));
        sealed = new PdfSealer(keys, CLOCK).seal(unsealed);
    }

    @Test
    void sealedCertificateStillConformsToPdfUaAndPdfA() throws Exception {
        Files.write(Path.of("target/certificate-sealed.pdf"), sealed);

        assertThat(VeraPdf.failedRules(sealed, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 failed rules").isEmpty();
        assertThat(VeraPdf.failedRules(sealed, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a failed rules").isEmpty();
    }

    @Test
    void sealIsAPadesSignatureAppendedToTheUnchangedRenderedFile() throws Exception {
        assertThat(Arrays.copyOf(sealed, unsealed.length)).isEqualTo(unsealed);
        try (PDDocument document = Loader.loadPDF(sealed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getSignDate().toInstant()).isEqualTo(NOW);
            PDSignatureField field = (PDSignatureField) document.getDocumentCatalog().getAcroForm().getFields().get(0);
            assertThat(field.getAlternateFieldName())
                    .isEqualTo("Elektronisk stämpel: Länsstyrelsen i Västra Götalands län");
            assertThat(field.getWidgets().get(0).getStructParent()).isEqualTo(1);
        }
    }

    @Test
    void sealedCertificatePassesTheSealCheck() {
        PdfSealCheck.Result result = new PdfSealCheck().check(sealed);

        assertThat(result.problem()).isNull();
        assertThat(result.signed()).isTrue();
        assertThat(result.valid()).isTrue();
        assertThat(result.signerSubject()).isEqualTo("CN=Länsstyrelsen i Västra Götalands län");
        assertThat(result.signerValidFrom()).isBefore(NOW);
        assertThat(result.signerValidUntil()).isEqualTo(Instant.parse("2036-12-03T14:20:00Z"));
        assertThat(result.signedAt()).isEqualTo(NOW);
    }

    @Test
    void oneChangedTextByteInsideTheSealedRangeBreaksTheSeal() {
        byte[] edited = sealed.clone();
        int at = indexOf(edited, "<xmp:CreatorTool>Kasus".getBytes(StandardCharsets.US_ASCII))
                + "<xmp:CreatorTool>".length();
        assertThat(edited[at]).isEqualTo((byte) 'K');
        edited[at] = 'X';

        PdfSealCheck.Result result = new PdfSealCheck().check(edited);

        assertThat(result.signed()).isTrue();
        assertThat(result.valid()).isFalse();
        assertThat(result.problem()).isEqualTo("Filen har ändrats efter att den stämplades.");
    }

    @Test
    void oneChangedByteInThePageContentBreaksTheSeal() throws Exception {
        byte[] edited = sealed.clone();
        int at = unsealed.length / 2;
        edited[at] ^= 0x01;

        PdfSealCheck.Result result = new PdfSealCheck().check(edited);

        assertThat(result.valid()).isFalse();
        assertThat(result.problem()).isEqualTo("Filen har ändrats efter att den stämplades.");
    }

    @Test
    void bytesAppendedAfterTheSealAreNotCoveredAndBreakIt() {
        byte[] appended = Arrays.copyOf(sealed, sealed.length + 2);
        appended[sealed.length] = '%';
        appended[sealed.length + 1] = '\n';

        PdfSealCheck.Result result = new PdfSealCheck().check(appended);

        assertThat(result.valid()).isFalse();
        assertThat(result.problem()).startsWith("Stämpeln omfattar inte hela filen");
    }

    @Test
    void copySavedAgainWithoutTheSignatureIsReportedUnsigned() throws Exception {
        byte[] copy;
        try (PDDocument document = Loader.loadPDF(sealed)) {
            document.getDocumentCatalog().setAcroForm(null);
            document.getPage(0).setAnnotations(java.util.List.of());
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            copy = out.toByteArray();
        }

        PdfSealCheck.Result result = new PdfSealCheck().check(copy);

        assertThat(result.signed()).isFalse();
        assertThat(result.valid()).isFalse();
        assertThat(new PdfSealCheck().check(unsealed).signed()).isFalse();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
