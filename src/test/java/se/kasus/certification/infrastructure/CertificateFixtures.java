package se.kasus.certification.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import se.kasus.certification.application.CertificateDocument;

/** Certificates to render in tests. */
final class CertificateFixtures {

    static final String CODE = "7K4Q-M2XW-9PRT-HC3N";
    static final String URL = "https://kurs.example.se/intyg/verifiera?kod=" + CODE;

    private CertificateFixtures() {
    }

    static CertificateDocument certificate(byte[] logoPng) {
        return new CertificateDocument("0b8a3c1e-4f6d-4a2b-9e7c-1d2f3a4b5c6d", CODE, URL, "Åsa Öberg-Ärlig",
                "Mänskliga rättigheter i offentlig verksamhet", "2.1", LocalDate.of(2026, 12, 3),
                Duration.ofHours(4), Instant.parse("2026-12-03T14:15:30Z"),
                new CertificateDocument.Issuer("Länsstyrelsen i Västra Götalands län", "Utbildningsansvarig",
                        logoPng, "https://kurs.example.se/"));
    }
}
