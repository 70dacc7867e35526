package se.kasus.identity.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Accounts in a map, for the unit tests of what uses the repository; search returns every account. */
public final class InMemoryAccounts implements AccountRepository {

    private final Map<String, Account> byId = new LinkedHashMap<>();

    /** Adds an account with the hash {@code "hash"} and returns it. */
    public Account with(String username, Role... roles) {
        return with(new Account(Username.of(username), username, "hash", Set.of(roles), Instant.EPOCH));
    }

    public Account with(Account account) {
        byId.put(account.id(), account);
        return account;
    }

    @Override
    public Optional<Account> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return byId.values().stream().filter(a -> a.username().equals(username)).findFirst();
    }

    @Override
    public boolean isEmpty() {
        return byId.isEmpty();
    }

    @Override
    public List<Account> findAll() {
        return List.copyOf(byId.values());
    }

    @Override
    public void add(Account account) {
        byId.put(account.id(), account);
    }

    @Override
    public List<Account> search(String text, Collection<String> orgUnitIds, Boolean active, String afterUsername, int limit) {
        return findAll();
    }

    @Override
    public Set<String> existingUsernames(Collection<String> usernames) {
        return byId.values().stream().map(Account::username).filter(usernames::contains).collect(Collectors.toSet());
    }

    @Override
    public long countActiveWith(Role role) {
        return byId.values().stream().filter(a -> a.isActive() && a.roles().contains(role)).count();
    }
}
