package se.kasus.archfixture;

import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;

@DatabaseIdentityStoreDefinition(dataSourceLookup = "jdbc/kasus", callerQuery = "SELECT password_hash FROM account")
public class StoreOutsideIdentity {
}
