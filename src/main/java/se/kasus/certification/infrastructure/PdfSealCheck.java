package se.kasus.certification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks the seal of a certificate PDF: exactly one signature, whose byte range is the whole file but for the
 * signature's own Contents string (so nothing was appended or changed after sealing), and whose CMS signature
 * verifies against the certificate it carries, with a message digest equal to the digest of the signed bytes.
 * Whether that certificate is one to trust is the caller's question: the result names the signer.
 */
@ApplicationScoped
public class PdfSealCheck {

    /** The outcome; signer fields are null when the file has no readable signature. */
    public record Result(boolean signed, boolean valid, String problem, String signerSubject, Instant signerValidFrom,
            Instant signerValidUntil, Instant signedAt) {

        static Result unsigned() {
            return new Result(false, false, "Filen har ingen elektronisk stämpel.", null, null, null, null);
        }

        static Result invalid(String problem) {
            return new Result(true, false, problem, null, null, null, null);
        }
    }

    public Result check(byte[] pdf) {
        List<PDSignature> signatures;
        Instant signedAt;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return Result.unsigned();
            }
            if (signatures.size() > 1) {
                return Result.invalid("Filen har fler än en elektronisk underskrift.");
            }
            signedAt = signatures.get(0).getSignDate() == null ? null : signatures.get(0).getSignDate().toInstant();
        } catch (IOException e) {
            return Result.invalid("Filen kan inte läsas som PDF.");
        }
        PDSignature signature = signatures.get(0);
        int[] range = signature.getByteRange();
        if (!coversAllButContents(range, pdf)) {
            return Result.invalid("Stämpeln omfattar inte hela filen: något har lagts till eller ändrats efteråt.");
        }
        byte[] signed = new byte[range[1] + range[3]];
        System.arraycopy(pdf, range[0], signed, 0, range[1]);
        System.arraycopy(pdf, range[2], signed, range[1], range[3]);
        try {
            return verify(signature.getContents(), signed, signedAt);
        } catch (CMSException | IOException | GeneralSecurityException | OperatorCreationException
                | RuntimeException e) {
            return Result.invalid("Stämpeln kan inte kontrolleras.");
        }
    }

    private static Result verify(byte[] cms, byte[] signed, Instant signedAt)
            throws CMSException, IOException, GeneralSecurityException, OperatorCreationException {
        // The Contents string is longer than the CMS: the rest is zero padding, which is no part of it.
        ContentInfo contentInfo;
        try (ASN1InputStream in = new ASN1InputStream(cms)) {
            contentInfo = ContentInfo.getInstance(in.readObject());
        }
        CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(signed), contentInfo);
        Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            return Result.invalid("Stämpeln har inte exakt en undertecknare.");
        }
        SignerInformation signer = signers.iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = data.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            return Result.invalid("Stämpelns certifikat saknas i filen.");
        }
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
        Attribute digestAttribute = signer.getSignedAttributes() == null ? null
                : signer.getSignedAttributes().get(CMSAttributes.messageDigest);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(signed);
        if (digestAttribute == null || !Arrays.equals(digest,
                ASN1OctetString.getInstance(digestAttribute.getAttrValues().getObjectAt(0)).getOctets())) {
            return Result.invalid("Filen har ändrats efter att den stämplades.");
        }
        if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
            return Result.invalid("Stämpelns signatur stämmer inte med certifikatet.");
        }
        return new Result(true, true, null, certificate.getSubjectX500Principal().getName(),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(), signedAt);
    }

    /** [0, a, b, c]: from the start to the Contents string, and from its end to the end of the file. */
    private static boolean coversAllButContents(int[] range, byte[] pdf) {
        if (range == null || range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1]
                || range[3] < 0 || (long) range[2] + range[3] != pdf.length) {
            return false;
        }
        if (pdf[range[1]] != '<' || pdf[range[2] - 1] != '>') {
            return false;
        }
        for (int i = range[1] + 1; i < range[2] - 1; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
