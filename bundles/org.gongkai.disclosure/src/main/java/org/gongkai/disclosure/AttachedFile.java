package org.gongkai.disclosure;

/** A file attached to a case, with its bytes. */
public record AttachedFile(ApplicationDetail.AttachmentInfo info, byte[] data) {
}
