package se.kasus.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import se.kasus.identity.domain.Role;

/** Two instances starting on one empty database both try to create the first administrator. */
class FirstAdministratorTest {

    private final FirstAdministrator first = new FirstAdministrator();

    @Test
    void losingTheRaceToAnotherInstanceIsNotAnError() {
        Accounts accounts = new Accounts(true);
        first.accountService = accounts;

        first.createIfNoAccounts("admin", "a-configured-password");

        assertThat(accounts.creates).isEqualTo(1);
    }

    @Test
    void aFailureThatLeavesNoAccountIsNotHidden() {
        Accounts accounts = new Accounts(false);
        first.accountService = accounts;

        assertThatThrownBy(() -> first.createIfNoAccounts("admin", "a-configured-password"))
                .hasMessageContaining("duplicate key");
    }

    @Test
    void aGeneratedPasswordMustBeChangedAtTheFirstLogin() {
        Recording accounts = new Recording();
        first.accountService = accounts;

        first.createIfNoAccounts("admin", "");

        assertThat(accounts.mustChange).containsExactly("id-admin");
    }

    @Test
    void aConfiguredPasswordIsTheOperatorsChoiceAndNeedNotBeChanged() {
        Recording accounts = new Recording();
        first.accountService = accounts;

        first.createIfNoAccounts("admin", "a-configured-password");

        assertThat(accounts.mustChange).isEmpty();
    }

    /** Creates the account and notes which accounts were told to change their password. */
    private static final class Recording extends AccountService {

        final java.util.List<String> mustChange = new java.util.ArrayList<>();

        @Override
        public boolean noAccounts() {
            return true;
        }

        @Override
        public AccountView create(String typedUsername, String displayName, String password, Set<Role> roles) {
            return new AccountView("id-" + typedUsername, typedUsername, displayName, null, roles, java.time.Instant.EPOCH,
                    true, false, null, null);
        }

        @Override
        public AccountView requirePasswordChange(String accountId) {
            mustChange.add(accountId);
            return null;
        }
    }

    /** Finds no account, then fails the insert; {@code otherCreated}: the other instance's account is there afterwards. */
    private static final class Accounts extends AccountService {

        private final boolean otherCreated;
        int creates;

        Accounts(boolean otherCreated) {
            this.otherCreated = otherCreated;
        }

        @Override
        public boolean noAccounts() {
            return true;
        }

        @Override
        public AccountView create(String typedUsername, String displayName, String password, Set<Role> roles) {
            creates++;
            throw new IllegalStateException("duplicate key value violates unique constraint \"uq_account_name\"");
        }

        @Override
        public boolean exists(String typedUsername) {
            return otherCreated && "admin".equals(typedUsername);
        }
    }
}
