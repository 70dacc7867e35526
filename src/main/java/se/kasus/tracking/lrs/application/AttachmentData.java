package se.kasus.tracking.lrs.application;

/**
 * The raw data of one attachment as a multipart request carried it, or as the LRS returns it.
 *
 * @param sha2 the hash in lower-case hex, as {@code X-Experience-API-Hash} named it
 * @param contentType the part's content type
 * @param data the octets
 */
public record AttachmentData(String sha2, String contentType, byte[] data) {
}
