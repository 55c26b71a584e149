package org.gongkai.broadcast.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongkai.broadcast.DailySlot;
import org.gongkai.broadcast.Target;
import org.gongkai.platform.region.Region;
import org.gongkai.platform.region.RegionLevel;
import org.gongkai.platform.region.RegionService;

/**
 * Which scheduled broadcasts play in which township: a broadcast plays in every township its targets reach — a
 * county-wide item in all of them, a township, village or terminal target only in its own township — in playlist
 * order (release time). Shared by the slot player and the schedule board so both show the same thing.
 */
final class SlotPlaylist {
    private final BroadcastStore broadcasts;
    private final TargetScope scope;
    private final RegionService regions;

    SlotPlaylist(BroadcastStore broadcasts, TargetScope scope, RegionService regions) {
        this.broadcasts = broadcasts;
        this.scope = scope;
        this.regions = regions;
    }

    /** Every township of the installation, by code: the scheduler decides the slots of each. */
    List<Region> townships() {
        return regions.regions().stream().filter(r -> r.level() == RegionLevel.TOWNSHIP)
                .sorted(Comparator.comparing(Region::code)).toList();
    }

    /** The broadcasts scheduled for a date (in review, approved or released), in playlist order. */
    List<BroadcastStore.Scheduled> on(LocalDate date) {
        return broadcasts.scheduledOn(date);
    }

    /** The released broadcasts that play in a township's slot of a date, in playlist order. */
    List<BroadcastStore.Scheduled> released(LocalDate date, DailySlot slot, String township) {
        return on(date).stream().filter(s -> s.slot() == slot && s.state() == org.gongkai.broadcast.BroadcastState
                .RELEASED && reaches(s.targets(), township)).toList();
    }

    /** The townships (of {@link #townships()}) that the targets reach. */
    List<Region> townshipsReached(List<Target> targets) {
        List<String> codes = regionCodes(targets);
        return townships().stream().filter(t -> reachesAny(codes, t.code())).toList();
    }

    /** True when a target lies in the township, or contains it (the county). */
    boolean reaches(List<Target> targets, String township) {
        return reachesAny(regionCodes(targets), township);
    }

    private static boolean reachesAny(List<String> codes, String township) {
        return codes.stream().anyMatch(c -> TargetScope.contains(c, township) || TargetScope.contains(township, c));
    }

    /** Region codes of the targets; a target that no longer resolves (a removed terminal) reaches nothing. */
    private List<String> regionCodes(List<Target> targets) {
        List<String> out = new ArrayList<>();
        for (Target t : targets) {
            try {
                out.addAll(scope.resolve(List.of(t)));
            } catch (RuntimeException e) {
                // skipped: nothing to play there
            }
        }
        return out;
    }
}
