package se.kasus.xapi.model;

/**
 * The objects a SubStatement may act on: every statement object but another SubStatement, so that nesting cannot
 * even be built.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.4.3.s8">xAPI 1.0.3 Data, 2.4.4.3</a>
 */
public sealed interface SubStatementObject extends StatementObject permits Activity, Agent, Group, StatementRef {
}
