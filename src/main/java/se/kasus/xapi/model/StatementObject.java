package se.kasus.xapi.model;

/**
 * What a statement acts on: an Activity, an Agent or Group, a StatementRef or a SubStatement. Its JSON form says
 * which by {@code objectType}; without it the object is an Activity.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.4">xAPI 1.0.3 Data, 2.4.4 Object</a>
 */
public sealed interface StatementObject permits SubStatementObject, SubStatement {
}
