package se.kasus.identity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface AccountRepository {

    Optional<Account> findById(String id);

    Optional<Account> findByUsername(String username);

    boolean isEmpty();

    List<Account> findAll();

    void add(Account account);

    /**
     * Accounts whose username, name or e-mail contains {@code text} (any case), in the given units (null: any),
     * active or not (null: both), ordered by username, after {@code afterUsername} (null: from the start), at most
     * {@code limit}.
     */
    List<Account> search(String text, Collection<String> orgUnitIds, Boolean active, String afterUsername, int limit);

    /** Which of these usernames are taken. */
    Set<String> existingUsernames(Collection<String> usernames);

    /** Active accounts that hold the role. */
    long countActiveWith(Role role);
}
