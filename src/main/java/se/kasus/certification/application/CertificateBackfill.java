package se.kasus.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.kasus.certification.domain.CertificateRepository;

/** Issues every missing certificate of an already completed course, in batches, each in its own transaction. */
@ApplicationScoped
public class CertificateBackfill {

    private static final Logger LOG = Logger.getLogger(CertificateBackfill.class.getName());
    static final int BATCH = 200;

    @Inject
    CertificateRepository certificates;

    @Inject
    CertificateIssuing issuing;

    /** @return how many certificates were issued */
    public int issueAllMissing() {
        int issued = 0;
        while (true) {
            List<String> batch = missing();
            int before = issued;
            for (String enrollmentId : batch) {
                try {
                    if (issuing.issueIfMissing(enrollmentId)) {
                        issued++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not issue the missing certificate of enrolment " + enrollmentId, e);
                }
            }
            if (batch.size() < BATCH || issued == before) {
                return issued;
            }
        }
    }

    /** A read without a transaction of its own: none is held open while the batch is issued. */
    List<String> missing() {
        return certificates.completedEnrollmentsWithoutCertificate(null, BATCH);
    }
}
