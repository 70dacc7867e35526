/**
 * The authoring API for trainers and administrators under {@code /api/authoring}: drafts and their documents
 * (If-Match on every change), problems, publishing, history and diffs, and the stateless preview of a draft's case. Depends on {@code authoring.application}.
 */
package se.kasus.authoring.api;
