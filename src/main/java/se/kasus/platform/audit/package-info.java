/** The audit trail of administrative actions, as every capability sees it. */
package se.kasus.platform.audit;
