package org.gongkai.broadcast.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.gongkai.broadcast.DriverInfo;
import org.gongkai.broadcast.RegionTerminals;
import org.gongkai.broadcast.Terminal;
import org.gongkai.broadcast.TerminalImport;
import org.gongkai.broadcast.TerminalInput;
import org.gongkai.broadcast.TerminalView;
import org.gongkai.broadcast.spi.BroadcastDriver;
import org.gongkai.broadcast.spi.SettingDescriptor;
import org.gongkai.broadcast.spi.TerminalBinding;
import org.gongkai.broadcast.spi.TerminalStatus;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.Inputs;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.persistence.Transactions;
import org.gongkai.platform.region.Region;
import org.gongkai.platform.region.RegionLevel;
import org.gongkai.platform.region.RegionService;
import org.gongkai.platform.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Terminals: the status tree, binding to a driver with validated settings, the all-or-nothing CSV import. */
final class TerminalDesk {
    static final String AUDIT_BOUND = "BROADCAST_TERMINAL_BOUND";
    static final String AUDIT_IMPORTED = "BROADCAST_TERMINALS_IMPORTED";
    private static final Logger LOG = LoggerFactory.getLogger(TerminalDesk.class);
    private static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private final TerminalStore terminals;
    private final DriverRegistry registry;
    private final Dispatcher dispatcher;
    private final RegionService regions;
    private final BroadcastAccess access;
    private final Transactions tx;
    private final AuditTrail audit;
    private final Consumer<TerminalStatus> statusSink;
    private final Clock clock;

    TerminalDesk(TerminalStore terminals, DriverRegistry registry, Dispatcher dispatcher, RegionService regions,
            BroadcastAccess access, Transactions tx, AuditTrail audit, Consumer<TerminalStatus> statusSink,
            Clock clock) {
        this.terminals = terminals;
        this.registry = registry;
        this.dispatcher = dispatcher;
        this.regions = regions;
        this.access = access;
        this.tx = tx;
        this.audit = audit;
        this.statusSink = statusSink;
        this.clock = clock;
    }

    List<DriverInfo> drivers(Actor actor) {
        access.area(actor);
        Map<String, Long> counts = terminals.countByDriver();
        List<DriverInfo> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String id : registry.ids()) {
            registry.driver(id).ifPresent(d -> out.add(new DriverInfo(id, d.name(), true, d.settings(),
                    counts.getOrDefault(id, 0L))));
            seen.add(id);
        }
        counts.forEach((id, n) -> {
            if (!seen.contains(id)) {
                out.add(new DriverInfo(id, id, false, List.of(), n));
            }
        });
        return out;
    }

    List<RegionTerminals> tree(Actor actor, String regionCode) {
        String region = access.regionWithin(actor, regionCode);
        List<Region> children = region.isEmpty() ? regions.children(null) : regions.children(region);
        int childLength = children.isEmpty() ? region.length() : children.get(0).code().length();
        Map<String, Map<TerminalStatus.State, Long>> counts = terminals.statusByChild(region, childLength);
        List<RegionTerminals> out = new ArrayList<>();
        for (Region c : children) {
            Map<TerminalStatus.State, Long> by = counts.getOrDefault(c.code(), new EnumMap<>(TerminalStatus.State.class));
            out.add(new RegionTerminals(c.code(), c.name(), c.level().name(), c.level() != RegionLevel.HAMLET, by,
                    by.values().stream().mapToLong(Long::longValue).sum()));
        }
        return out;
    }

    List<TerminalView> list(Actor actor, String regionCode) {
        String region = access.regionWithin(actor, regionCode);
        Map<String, String> names = new LinkedHashMap<>();
        return terminals.withStatus(region).stream().map(w -> view(w, names)).toList();
    }

    TerminalView bind(Actor actor, TerminalInput in) {
        TerminalInput input = keepingSecrets(in);
        List<FieldError> errors = new ArrayList<>();
        TerminalBinding binding = check(input, "", errors);
        Inputs.check(errors);
        access.requireTerminalManager(actor, input.regionCode().strip());
        Terminal t = new Terminal(input.id().strip(), input.name().strip(), input.regionCode().strip(),
                input.driverId().strip(), binding.settings());
        boolean exists = tx.required(() -> {
            boolean existed = save(t);
            audit.append(actor, AUDIT_BOUND, "broadcast-terminal", t.id(), t.driverId() + " " + masked(t));
            return existed;
        });
        LOG.info("Terminal {} {} to driver {}", t.id(), exists ? "re-bound" : "bound", t.driverId());
        return list(actor, t.regionCode()).stream().filter(v -> v.id().equals(t.id())).findFirst().orElseThrow();
    }

    TerminalImport importCsv(Actor actor, String csv) {
        List<TerminalCsv.Line> lines = TerminalCsv.parse(csv);
        List<FieldError> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Terminal> valid = new ArrayList<>();
        for (TerminalCsv.Line line : lines) {
            String prefix = "line[" + line.number() + "].";
            int before = errors.size();
            TerminalBinding binding = check(line.input(), prefix, errors);
            if (line.input().id() != null && !ids.add(line.input().id().strip())) {
                errors.add(FieldError.of(prefix + "id", "第" + line.number() + "行：终端编号重复：" + line.input().id(),
                        "Line " + line.number() + ": duplicate terminal id " + line.input().id()));
            }
            if (errors.size() == before) {
                try {
                    access.requireTerminalManager(actor, line.input().regionCode());
                } catch (org.gongkai.platform.AccessDeniedException e) {
                    errors.add(FieldError.of(prefix + "region_code", "第" + line.number() + "行：区划不在您的辖区内",
                            "Line " + line.number() + ": region outside your area"));
                    continue;
                }
                TerminalInput in = line.input();
                valid.add(new Terminal(in.id(), in.name(), in.regionCode(), in.driverId(), binding.settings()));
            }
        }
        Inputs.check(errors);
        int[] created = {0};
        tx.required(() -> {
            for (Terminal t : valid) {
                if (!save(t)) {
                    created[0]++;
                }
            }
            audit.append(actor, AUDIT_IMPORTED, "broadcast-terminal", "csv", valid.size() + " terminals, "
                    + created[0] + " new");
        });
        return new TerminalImport(created[0], valid.size() - created[0]);
    }

    int refreshStatus(Actor actor, String regionCode) {
        String region = access.regionWithin(actor, regionCode);
        int asked = 0;
        for (Terminal t : terminals.inRegion(region)) {
            Optional<BroadcastDriver> d = registry.driver(t.driverId());
            if (d.isEmpty()) {
                continue;
            }
            TerminalBinding b;
            try {
                b = TerminalSettings.bind(t.id(), d.get().settings(), t.settings());
            } catch (ValidationException e) {
                continue;
            }
            asked++;
            dispatcher.status(t.driverId(), b).thenAccept(s -> {
                if (s != null && s.state() != TerminalStatus.State.UNKNOWN) {
                    statusSink.accept(s);
                }
            }).exceptionally(e -> {
                LOG.debug("Status of terminal {} not available", t.id(), e);
                return null;
            });
        }
        return asked;
    }

    /** Validates one input; errors go to the list with the field prefix; the binding when the driver validated it. */
    private TerminalBinding check(TerminalInput in, String prefix, List<FieldError> errors) {
        String where = prefix.isEmpty() ? "" : "第" + prefix.replaceAll("\\D", "") + "行：";
        String whereEn = prefix.isEmpty() ? "" : "Line " + prefix.replaceAll("\\D", "") + ": ";
        if (in.id() == null || !in.id().strip().matches(ID)) {
            errors.add(FieldError.of(prefix + "id", where + "终端编号须为1–64位字母、数字、点、下划线或连字符",
                    whereEn + "The terminal id must be 1-64 letters, digits, dots, underscores or dashes"));
        }
        List<FieldError> nameErrors = new ArrayList<>();
        Inputs.name(nameErrors, prefix + "name", in.name(), 100);
        nameErrors.forEach(e -> errors.add(FieldError.of(e.field(), where + "名称" + e.zh(), whereEn + "name: " + e.en())));
        String region = in.regionCode() == null ? "" : in.regionCode().strip();
        if (regions.region(region).isEmpty()) {
            errors.add(FieldError.of(prefix + (prefix.isEmpty() ? "regionCode" : "region_code"),
                    where + "区划不存在：" + region, whereEn + "No such region: " + region));
        }
        String driverId = in.driverId() == null ? "" : in.driverId().strip();
        Optional<BroadcastDriver> driver = registry.driver(driverId);
        if (driver.isEmpty()) {
            errors.add(FieldError.of(prefix + (prefix.isEmpty() ? "driverId" : "driver_id"),
                    where + "驱动未安装：" + driverId, whereEn + "Driver not installed: " + driverId));
            return null;
        }
        try {
            return TerminalSettings.bind(in.id() == null ? "" : in.id().strip(), driver.get().settings(),
                    in.settings());
        } catch (ValidationException e) {
            e.fieldErrors().forEach(f -> errors.add(FieldError.of(prefix + f.field(), where + f.zh(), whereEn + f.en())));
            return null;
        }
    }

    /**
     * The form shows a secret as {@link TerminalSettings#MASK}; sent back unchanged, it means "keep the stored
     * secret", so editing a terminal's name does not require typing its password again.
     */
    private TerminalInput keepingSecrets(TerminalInput in) {
        if (in.settings() == null || in.id() == null || !in.settings().containsValue(TerminalSettings.MASK)) {
            return in;
        }
        Optional<Terminal> stored = terminals.find(in.id().strip());
        if (stored.isEmpty()) {
            return in;
        }
        Map<String, String> settings = new LinkedHashMap<>(in.settings());
        settings.replaceAll((k, v) -> TerminalSettings.MASK.equals(v) && stored.get().settings().containsKey(k)
                ? stored.get().settings().get(k) : v);
        return new TerminalInput(in.id(), in.name(), in.regionCode(), in.driverId(), settings);
    }

    /** Inserts or updates, SECRET values sealed; answers whether the terminal existed. */
    private boolean save(Terminal t) {
        List<SettingDescriptor> d = registry.driver(t.driverId()).map(BroadcastDriver::settings).orElse(List.of());
        Terminal sealed = new Terminal(t.id(), t.name(), t.regionCode(), t.driverId(),
                terminals.sealed(d, t.settings()));
        boolean exists = terminals.find(t.id()).isPresent();
        if (exists) {
            terminals.update(sealed, clock.instant());
        } else {
            terminals.insert(sealed, clock.instant());
        }
        return exists;
    }

    private Map<String, String> masked(Terminal t) {
        List<SettingDescriptor> d = registry.driver(t.driverId()).map(BroadcastDriver::settings).orElse(List.of());
        Map<String, String> m = TerminalSettings.masked(d, t.settings());
        if (d.isEmpty()) {
            // without the descriptors nothing tells which values are secret: show names only
            m.replaceAll((k, v) -> TerminalSettings.MASK);
        }
        return m;
    }

    private TerminalView view(TerminalStore.WithStatus w, Map<String, String> names) {
        Terminal t = w.terminal();
        String name = names.computeIfAbsent(t.regionCode(), c -> regions.region(c).map(Region::name).orElse(c));
        return new TerminalView(t.id(), t.name(), t.regionCode(), name, t.driverId(), registry.available(t.driverId()),
                masked(t), w.status(), w.volume(), w.statusAt());
    }
}
