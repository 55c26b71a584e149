package org.gongkai.broadcast.internal;

import java.time.Instant;
import java.util.List;
import org.gongkai.broadcast.Broadcast;
import org.gongkai.broadcast.BroadcastKind;
import org.gongkai.broadcast.Content;
import org.gongkai.broadcast.EmergencyInfo;
import org.gongkai.broadcast.EmergencyLevel;
import org.gongkai.broadcast.Target;

/**
 * The parts of a CAP 1.2 alert (one {@code info} block) that become an emergency broadcast.
 *
 * @param areaCodes region codes from {@code area/geocode} values (6, 9, 12 or 15 digits)
 */
public record CapAlert(String identifier, String sender, Instant sent, String status, String msgType, String event,
        EmergencyLevel level, String urgency, Instant onset, Instant expires, String headline, String description,
        String instruction, List<String> areaCodes) {

    public CapAlert {
        areaCodes = List.copyOf(areaCodes);
    }

    /** True for CAP status Exercise or Test. */
    public boolean exercise() {
        return !"Actual".equals(status);
    }

    /** A draft emergency broadcast owned by the importing officer's agency. */
    public Broadcast toDraft(String id, String agencyCode, String author) {
        String title = headline != null ? headline : event;
        StringBuilder text = new StringBuilder();
        if (description != null) {
            text.append(description);
        }
        if (instruction != null) {
            text.append(text.length() > 0 ? "\n" : "").append(instruction);
        }
        Content content = new Content(title, text.toString(), null, null);
        EmergencyInfo info = new EmergencyInfo(level, event, onset, expires, identifier, sender, exercise());
        return Broadcast.draft(id, BroadcastKind.EMERGENCY, content, agencyCode, author,
                areaCodes.stream().map(Target::region).toList(), info);
    }
}
