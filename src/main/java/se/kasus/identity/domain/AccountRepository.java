package se.kasus.identity.domain;

import java.util.List;
import java.util.Optional;

public interface AccountRepository {

    Optional<Account> findById(String id);

    Optional<Account> findByUsername(String username);

    boolean isEmpty();

    List<Account> findAll();

    void add(Account account);
}
