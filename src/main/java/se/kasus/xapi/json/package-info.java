/**
 * The JSON form of the xAPI model, read and written by hand over Jackson 3's tree and generator so that the model
 * stays free of Jackson: compact output, absent properties left out, numbers written as JavaScript writes them;
 * reading is lenient and reports every property that is unknown, null or of the wrong JSON type as a
 * {@link se.kasus.xapi.json.JsonProblem} instead of failing. Depends on nothing else in Kasus.
 */
package se.kasus.xapi.json;
