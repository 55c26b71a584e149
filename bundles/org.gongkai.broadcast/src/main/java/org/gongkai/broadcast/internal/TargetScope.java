package org.gongkai.broadcast.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gongkai.broadcast.Target;
import org.gongkai.broadcast.Terminal;
import org.gongkai.platform.AccessDeniedException;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.Message;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.region.Agency;
import org.gongkai.platform.region.Region;
import org.gongkai.platform.region.RegionLevel;
import org.gongkai.platform.region.RegionService;
import org.gongkai.platform.security.Actor;

/**
 * Where a broadcast may play and at which level it is reviewed. An actor's scope is the region of their agency: a
 * township government's staff ({@code LC-T-1xx}, region = the township's code) reach only their township, county
 * agencies the whole county. Region codes nest by prefix (county 6 digits, township 9, village 12, hamlet 15), so
 * "inside" is "starts with".
 */
public final class TargetScope {
    private final RegionService regions;
    private final Function<String, Optional<Terminal>> terminals;

    public TargetScope(RegionService regions, Function<String, Optional<Terminal>> terminals) {
        this.regions = regions;
        this.terminals = terminals;
    }

    /** The region code of the actor's agency; denied when the actor has no (known) agency. */
    public String actorRegion(Actor actor) {
        Optional<Agency> agency = actor.agencyCode() == null ? Optional.empty() : regions.agency(actor.agencyCode());
        if (agency.isEmpty() || agency.get().regionCode() == null) {
            throw new AccessDeniedException(Message.of("您的账号未关联机构或机构无所属区划，不能操作广播",
                    "Your account has no agency with a region, so it cannot work on broadcasts"));
        }
        return agency.get().regionCode();
    }

    /** The region code of each target, in order; rejects an empty list and unknown regions or terminals. */
    public List<String> resolve(List<Target> targets) {
        List<FieldError> errors = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        if (targets == null || targets.isEmpty()) {
            throw ValidationException.of("targets", "请选择播放范围", "Choose where the broadcast plays");
        }
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            String field = "targets[" + i + "]";
            if (t.kind() == Target.Kind.TERMINAL) {
                Optional<Terminal> terminal = terminals.apply(t.code());
                if (terminal.isEmpty()) {
                    errors.add(FieldError.of(field, "终端不存在：" + t.code(), "No such terminal: " + t.code()));
                } else {
                    codes.add(terminal.get().regionCode());
                }
            } else {
                Optional<Region> region = regions.region(t.code());
                if (region.isEmpty()) {
                    errors.add(FieldError.of(field, "区划不存在：" + t.code(), "No such region: " + t.code()));
                } else {
                    codes.add(region.get().code());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return codes;
    }

    /** Denies unless every target lies inside the actor's region. */
    public void requireWithin(Actor actor, List<Target> targets) {
        String scope = actorRegion(actor);
        List<String> codes = resolve(targets);
        for (int i = 0; i < codes.size(); i++) {
            if (!contains(scope, codes.get(i))) {
                String name = regions.region(scope).map(Region::name).orElse(scope);
                throw new AccessDeniedException(Message.of("播放范围超出本单位辖区（" + name + "）：" + targets.get(i).code(),
                        "Target outside your area (" + scope + "): " + targets.get(i).code()));
            }
        }
    }

    /**
     * The region at whose level the broadcast is reviewed: the township when every target lies in one township,
     * otherwise the county.
     */
    public String itemRegion(List<Target> targets) {
        List<String> codes = resolve(targets);
        int township = RegionLevel.TOWNSHIP.codeLength();
        int county = RegionLevel.COUNTY.codeLength();
        String first = codes.get(0);
        if (codes.stream().allMatch(c -> c.length() >= township && c.regionMatches(0, first, 0, township))
                && first.length() >= township) {
            return first.substring(0, township);
        }
        if (codes.stream().allMatch(c -> c.regionMatches(0, first, 0, county))) {
            return first.substring(0, county);
        }
        throw ValidationException.of("targets", "播放范围跨越多个县", "The targets span several counties");
    }

    /** True when {@code code} is {@code scope} or lies below it in the region tree. */
    public static boolean contains(String scope, String code) {
        return code != null && scope != null && code.startsWith(scope);
    }
}
