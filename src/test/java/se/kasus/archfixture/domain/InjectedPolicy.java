package se.kasus.archfixture.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A CDI bean: not allowed in a domain. */
@ApplicationScoped
public class InjectedPolicy {

    @Inject
    Object collaborator;
}
