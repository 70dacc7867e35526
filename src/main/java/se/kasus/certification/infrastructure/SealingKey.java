package se.kasus.certification.infrastructure;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** The private key that seals certificate PDFs and its certificate chain, the signer's certificate first. */
public record SealingKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public SealingKey {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("A sealing key needs its certificate");
        }
        chain = List.copyOf(chain);
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }
}
