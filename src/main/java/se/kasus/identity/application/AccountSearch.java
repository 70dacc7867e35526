package se.kasus.identity.application;

import java.util.List;

/** One page of a search: the accounts, and whether more matched after the last of them. */
public record AccountSearch(List<AccountView> accounts, boolean more) {
}
