package se.kasus.tracking.application;

import java.util.List;

/** The border to an external LRS (implemented with the xapi client). */
public interface StatementSender {

    /** Posts the statements, in order, as one batch; throws {@link SendFailure} unless the LRS accepted them. */
    void send(ForwardingTarget target, List<String> statementJson);

    /** Whether the LRS already holds the statement: after a restart, a batch that was in flight may have arrived. */
    boolean holds(ForwardingTarget target, String statementId);

    /** Delivery failed; the message is safe to show an administrator. */
    class SendFailure extends RuntimeException {

        public SendFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
