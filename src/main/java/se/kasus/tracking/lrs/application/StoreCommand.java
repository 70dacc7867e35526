package se.kasus.tracking.lrs.application;

import java.util.List;
import se.kasus.xapi.model.Actor;
import se.kasus.xapi.model.Statement;

/**
 * What {@link LrsStatements#store(StoreCommand)} stores, all or nothing: a batch of statements, the raw data of
 * their attachments, who vouches for them, and the version for those that name none.
 *
 * @param statements the statements, in the order their stored forms are returned
 * @param validated whether {@link StatementReader} has checked them already (otherwise they are validated first)
 * @param attachments the data of attachments without fileUrl, matched to the statements by SHA-2 (the API checks
 *                    that each such attachment has its data)
 * @param authority who vouches for the statements; it replaces their own authority (Data 2.4.9); null keeps theirs
 * @param defaultVersion the version for statements that have none: the version of the request
 */
public record StoreCommand(List<Statement> statements, boolean validated, List<AttachmentData> attachments,
                           Actor authority, String defaultVersion) {

    public StoreCommand {
        statements = List.copyOf(statements);
        attachments = List.copyOf(attachments);
    }

    /** Statements from Kasus's own code, to be validated, without attachment data, in the default version. */
    public static StoreCommand of(List<Statement> statements, Actor authority) {
        return new StoreCommand(statements, false, List.of(), authority, LrsStatements.DEFAULT_VERSION);
    }

    /** Statements of a request, checked by {@link StatementReader}, with the data of their attachments. */
    public static StoreCommand of(ValidatedStatements statements, List<AttachmentData> attachments, Actor authority,
                                  String defaultVersion) {
        return new StoreCommand(statements.statements(), true, attachments, authority, defaultVersion);
    }
}
