package se.kasus.certification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Seals a certificate PDF with the organisation's key: a PAdES baseline B-B signature (ETSI.CAdES.detached) in an
 * incremental update, so the signed bytes are the rendered PDF/A file unchanged. The signature field is invisible
 * but tagged, so the sealed file stays PDF/UA-1 and PDF/A-2a.
 */
@ApplicationScoped
public class PdfSealer {

    /** Room in the CMS beyond the certificates: signer info, signed attributes, an RSA signature up to 8192 bits. */
    private static final int CMS_OVERHEAD = 2_048;

    private SealingKeys keys;
    private Clock clock;

    /** For CDI's proxy. */
    protected PdfSealer() {
    }

    @Inject
    public PdfSealer(SealingKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The Contents placeholder: large enough for the CMS with the whole chain, and no larger. */
    private static int signatureSize(SealingKey key) {
        int certificates = 0;
        try {
            for (var certificate : key.chain()) {
                certificates += certificate.getEncoded().length;
            }
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("The sealing certificate cannot be encoded", e);
        }
        return CMS_OVERHEAD + certificates;
    }

    /** The signer's common name, for the field description; the whole subject when it has none. */
    static String commonName(SealingKey key) {
        X500Name subject = X500Name.getInstance(key.certificate().getSubjectX500Principal().getEncoded());
        RDN[] names = subject.getRDNs(BCStyle.CN);
        return names.length == 0 ? key.certificate().getSubjectX500Principal().getName()
                : IETFUtils.valueToString(names[0].getFirst().getValue());
    }

    public byte[] seal(byte[] pdf) {
        SealingKey key = keys.current();
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            // PAdES puts the signing time here (M), not in the CMS.
            signature.setSignDate(GregorianCalendar.from(
                    clock.instant().truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC)));
            int signatureSize = signatureSize(key);
            options.setPreferredSignatureSize(signatureSize);
            document.addSignature(signature, new CadesSignature(key), options);
            SignatureTagging.tag(document, signature, "Elektronisk stämpel: " + commonName(key));
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * signatureSize + 4096);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not seal the certificate PDF", e);
        }
    }
}
