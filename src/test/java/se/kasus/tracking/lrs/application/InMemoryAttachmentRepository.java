package se.kasus.tracking.lrs.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import se.kasus.tracking.lrs.domain.AttachmentRepository;
import se.kasus.tracking.lrs.domain.StoredAttachment;

final class InMemoryAttachmentRepository implements AttachmentRepository {

    final List<StoredAttachment> attachments = new ArrayList<>();

    @Override
    public List<StoredAttachment> findBySha2(Collection<String> sha2s) {
        return attachments.stream().filter(a -> sha2s.contains(a.sha2())).toList();
    }

    @Override
    public void add(StoredAttachment attachment) {
        attachments.add(attachment);
    }
}
