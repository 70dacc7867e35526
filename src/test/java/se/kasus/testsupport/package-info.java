/** Helpers shared by tests: scratch databases on the database a test run is for. */
package se.kasus.testsupport;
