package se.kasus.tracking.lrs.application;

import java.time.Instant;
import se.kasus.tracking.lrs.domain.LrsScope;

/** A credential just made, with its secret: the only time the secret is shown. */
public record NewCredential(String id, String key, String secret, String name, LrsScope scope, Instant createdAt) {
}
