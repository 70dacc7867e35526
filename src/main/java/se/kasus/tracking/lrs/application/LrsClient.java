package se.kasus.tracking.lrs.application;

import se.kasus.tracking.lrs.domain.LrsScope;
import se.kasus.xapi.model.Agent;

/**
 * An authenticated LRS client.
 *
 * @param key the credential's key
 * @param scope what it may do
 * @param authority the Agent that becomes the authority of the statements it stores
 */
public record LrsClient(String key, LrsScope scope, Agent authority) {
}
