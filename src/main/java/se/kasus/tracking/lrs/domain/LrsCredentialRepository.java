package se.kasus.tracking.lrs.domain;

import java.util.List;
import java.util.Optional;

public interface LrsCredentialRepository {

    void add(LrsCredential credential);

    Optional<LrsCredential> findById(String id);

    Optional<LrsCredential> findByKey(String key);

    List<LrsCredential> findAll();

    void remove(LrsCredential credential);
}
