package se.kasus.identity.application;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Accounts by username, each read once per transaction. One learner's decision is recorded as one statement or
 * more, each naming the learner's account, and the LMS routing looks the account up again: without this every
 * one of them read the same account row. Only for readers of an account that the transaction does not change.
 */
@TransactionScoped
public class TransactionAccounts implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private final Map<String, AccountView> byUsername = new HashMap<>();

    public AccountView byUsername(String username) {
        return byUsername.computeIfAbsent(username, accounts::byUsername);
    }
}
