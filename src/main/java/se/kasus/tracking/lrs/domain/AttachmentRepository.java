package se.kasus.tracking.lrs.domain;

import java.util.Collection;
import java.util.List;

public interface AttachmentRepository {

    /** The stored attachments with any of these hashes (lower-case hex). */
    List<StoredAttachment> findBySha2(Collection<String> sha2s);

    void add(StoredAttachment attachment);
}
