package se.kasus.certification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface CertificateRepository {

    void add(Certificate certificate);

    /** Sends pending inserts now, so a duplicate issue fails here and not at commit. */
    void flush();

    Optional<Certificate> findById(String id);

    Optional<Certificate> findByCode(VerificationCode code);

    List<Certificate> findByLearner(String learner);

    List<Certificate> findByEnrollment(String enrollmentId);

    /** Newest first; every filter may be null. {@code text} matches the name or the code. */
    List<Certificate> search(String text, String orgUnitId, Instant from, Instant until, int limit);

    List<Certificate> revoked();

    /** The certificate's file row, locked for this transaction. */
    Optional<CertificateFile> fileForUpdate(String certificateId);

    void addFile(CertificateFile file);

    /** The ids of completed enrolments (of one learner, or of all) that have no certificate yet, at most {@code limit}. */
    List<String> completedEnrollmentsWithoutCertificate(String learnerOrNull, int limit);
}
