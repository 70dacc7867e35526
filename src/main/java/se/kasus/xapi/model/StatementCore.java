package se.kasus.xapi.model;

import java.util.List;

/**
 * What a Statement and a SubStatement share, so that a SubStatement is validated as a statement.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.4.3.s8">xAPI 1.0.3 Data, 2.4.4.3</a>
 */
public sealed interface StatementCore permits Statement, SubStatement {

    Actor actor();

    Verb verb();

    StatementObject object();

    Result result();

    Context context();

    String timestamp();

    List<Attachment> attachments();
}
