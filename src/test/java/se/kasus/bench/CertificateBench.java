package se.kasus.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import se.kasus.certification.application.CertificateDocument;
import se.kasus.certification.infrastructure.CertificatePdf;
import se.kasus.certification.infrastructure.PdfSealer;
import se.kasus.certification.infrastructure.SealingKeys;

/**
 * Renders and seals certificates one after the other, as issuing does, and prints the median and 95th percentile
 * time per certificate and the size of the sealed PDF. Not a test; see bench/README.md.
 * Arguments: [measured count, default 100] [warm-up count, default 50].
 */
public final class CertificateBench {

    private CertificateBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Path dataDir = Files.createTempDirectory("kasus-certificate-bench");
        Clock clock = Clock.fixed(Instant.parse("2026-12-03T14:15:30Z"), ZoneOffset.UTC);
        SealingKeys keys = new SealingKeys(dataDir.toString(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("Kasus benchmark"), clock);
        CertificatePdf renderer = new CertificatePdf();
        PdfSealer sealer = new PdfSealer(keys, clock);
        keys.current();

        for (int i = 0; i < warmUp; i++) {
            sealer.seal(renderer.render(certificate(i)));
        }
        long[] total = new long[count];
        long[] rendering = new long[count];
        int size = 0;
        for (int i = 0; i < count; i++) {
            CertificateDocument certificate = certificate(warmUp + i);
            long start = System.nanoTime();
            byte[] unsealed = renderer.render(certificate);
            long rendered = System.nanoTime();
            byte[] pdf = sealer.seal(unsealed);
            total[i] = System.nanoTime() - start;
            rendering[i] = rendered - start;
            size = Math.max(size, pdf.length);
        }
        System.out.printf("certificates rendered and sealed: %d, one after the other (after %d warm-up)%n", count,
                warmUp);
        print("render + seal", total);
        print("render only", rendering);
        System.out.printf("largest sealed PDF: %d bytes%n", size);
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-14s median %.1f ms, p95 %.1f ms, max %.1f ms%n", what + ":", sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static CertificateDocument certificate(int i) {
        String code = String.format("7K4Q-M2XW-9PRT-%04d", i % 10_000);
        return new CertificateDocument("certificate-" + i, code, "https://kurs.example.se/intyg/verifiera?kod=" + code,
                "Åsa Öberg-Ärlig " + i, "Mänskliga rättigheter i offentlig verksamhet", "2.1",
                LocalDate.of(2026, 12, 3), Duration.ofHours(4), Instant.parse("2026-12-03T14:15:30Z"),
                new CertificateDocument.Issuer("Länsstyrelsen i Västra Götalands län", "Utbildningsansvarig", null,
                        "https://kurs.example.se/"));
    }
}
