package org.gongkai.broadcast.audio;

/** An audio file to serve: its type and bytes. */
public record AudioFile(String id, String contentType, byte[] data) {
}
