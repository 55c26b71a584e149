package org.gongkai.disclosure;

/** The handler's decision on one item, with the reply paragraph for it. */
public record ItemDecision(Decision decision, Ground ground, String replyText) {
}
