package se.kasus.tracking.application;

import java.util.Optional;

/**
 * Targets that are not configured but made as Kasus runs, such as the LMS's LRS of one cmi5 launch: their names start
 * with {@link #prefix()}, and the directory says where each is and how to authorize. The forwarder sends to those
 * that have statements waiting, with the same order, retries and backoff as a configured target.
 */
public interface TargetDirectory {

    /** The start of every name in this directory, such as {@code cmi5:}. */
    String prefix();

    /** The target of this name, or empty when it is gone (its statements then wait). */
    Optional<ForwardingTarget> target(String name);
}
