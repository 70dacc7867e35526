package se.kasus.certification.domain;

import java.util.List;
import java.util.Optional;

public interface SigningKeyRepository {

    Optional<SigningKey> find(String kid);

    void add(SigningKey key);

    List<SigningKey> all();
}
