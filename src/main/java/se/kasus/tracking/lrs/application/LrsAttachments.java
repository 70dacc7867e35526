package se.kasus.tracking.lrs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import se.kasus.tracking.lrs.domain.AttachmentRepository;

/** The raw data of stored attachments, for statements fetched with {@code attachments=true}. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class LrsAttachments {

    @Inject
    AttachmentRepository repository;

    public List<AttachmentData> find(Collection<String> sha2s) {
        return repository.findBySha2(sha2s.stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList()).stream()
                .map(a -> new AttachmentData(a.sha2(), a.contentType(), a.data()))
                .toList();
    }
}
