package org.gongkai.broadcast;

import java.util.List;
import org.gongkai.platform.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The loudspeaker network (大喇叭) for staff: terminals in the region tree, routine content through the review chain
 * (draft → submitted → approved → released, or back to draft, or cancelled), emergency broadcasts from authorised
 * agencies with a single approval and immediate release, CAP 1.2 import, delivery reports and statistics. Every state
 * change is one transaction and written to the audit trail; bad input is a {@link org.gongkai.platform
 * .ValidationException} with field errors, a missing right an {@link org.gongkai.platform.AccessDeniedException}.
 */
@ProviderType
public interface BroadcastService {

    /** The configured categories (栏目) of routine broadcasts. */
    List<String> categories();

    /** Installed drivers, and driver ids that terminals use but that are missing. */
    List<DriverInfo> drivers(Actor actor);

    /** The children of a region (the actor's area when null) with their terminals counted by status. */
    List<RegionTerminals> terminalTree(Actor actor, String regionCode);

    /** Terminals in a region and below it (the actor's area when null), with status; secrets masked. */
    List<TerminalView> terminals(Actor actor, String regionCode);

    /** Creates a terminal or re-binds an existing one to a driver with validated settings. */
    TerminalView bindTerminal(Actor actor, TerminalInput input);

    /**
     * Imports terminals from CSV with header {@code id,name,region_code,driver_id,settings} (settings as
     * {@code key=value;key=value}); all or nothing, errors name the line.
     */
    TerminalImport importTerminals(Actor actor, String csv);

    /** Asks the drivers for the status of the terminals in a region; answers how many were asked. */
    int refreshStatus(Actor actor, String regionCode);

    /** Broadcasts the actor may see, newest change first; state and kind may be null. */
    List<BroadcastSummary> list(Actor actor, BroadcastState state, BroadcastKind kind, int limit);

    BroadcastView get(Actor actor, String id);

    BroadcastView createDraft(Actor actor, DraftInput input);

    BroadcastView updateDraft(Actor actor, String id, DraftInput input);

    /** 质量关 + 报送关: automatic checks, then into the review queue. */
    BroadcastView submit(Actor actor, String id);

    /** 审核关; an emergency is released at once by its approver. */
    BroadcastView approve(Actor actor, String id, String comment);

    /** Back to the author as a draft; the comment is required. */
    BroadcastView reject(Actor actor, String id, String comment);

    /** 发布关: sends an approved item to its terminals. */
    BroadcastView release(Actor actor, String id);

    /** Withdraws an item; a released one is stopped on every terminal. */
    BroadcastView cancel(Actor actor, String id, String reason);

    /** Creates and submits an emergency broadcast (officers of authorised agencies only). */
    BroadcastView issueEmergency(Actor actor, EmergencyInput input);

    /** Turns a CAP 1.2 alert into an emergency draft of the importing officer. */
    BroadcastView importCap(Actor actor, String xml);

    DeliveryReport delivery(Actor actor, String id);

    /** The delivery counts of a broadcast without its per-terminal lines (progress of a county-wide release). */
    DeliveryReport deliverySummary(Actor actor, String id);

    /** The latest deliveries to one terminal. */
    List<DeliveryReport.Line> terminalDeliveries(Actor actor, String terminalId);

    BroadcastStatistics statistics(Actor actor, int year);

    /**
     * The schedule board (节目单) of a date: the townships of the actor's area (or the one asked for, which must lie
     * in it), each with its daily slots, their state and playlists.
     */
    ScheduleBoard schedule(Actor actor, java.time.LocalDate date, String township);
}
