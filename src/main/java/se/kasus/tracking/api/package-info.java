/** Administrators' view of xAPI forwarding. Depends on {@code tracking.application}. */
package se.kasus.tracking.api;
