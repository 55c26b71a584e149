package org.gongkai.broadcast.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.gongkai.broadcast.Broadcast;
import org.gongkai.broadcast.BroadcastEvents;
import org.gongkai.broadcast.BroadcastKind;
import org.gongkai.broadcast.BroadcastService;
import org.gongkai.broadcast.BroadcastState;
import org.gongkai.broadcast.BroadcastStatistics;
import org.gongkai.broadcast.BroadcastSummary;
import org.gongkai.broadcast.BroadcastView;
import org.gongkai.broadcast.Content;
import org.gongkai.broadcast.DeliveryReport;
import org.gongkai.broadcast.DraftInput;
import org.gongkai.broadcast.DriverInfo;
import org.gongkai.broadcast.EmergencyInfo;
import org.gongkai.broadcast.EmergencyInput;
import org.gongkai.broadcast.EmergencyLevel;
import org.gongkai.broadcast.PlaySchedule;
import org.gongkai.broadcast.RegionTerminals;
import org.gongkai.broadcast.ScheduleBoard;
import org.gongkai.broadcast.Terminal;
import org.gongkai.broadcast.TerminalImport;
import org.gongkai.broadcast.TerminalInput;
import org.gongkai.broadcast.TerminalView;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.Inputs;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.persistence.Transactions;
import org.gongkai.platform.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broadcast service: content through the {@link ReviewChain} (every transition one transaction with its audit
 * entry), emergencies with a single approval and immediate release, CAP import, delivery after release (or in the
 * daily slot the item is scheduled for, see {@link SlotPlayer}), reports.
 * Terminals are handled by the {@link TerminalDesk}, statistics by {@link BroadcastStats}.
 */
public final class BroadcastServiceImpl implements BroadcastService {
    static final String EMERGENCY_CATEGORY = "应急信息";
    private static final Logger LOG = LoggerFactory.getLogger(BroadcastServiceImpl.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Jdbc jdbc;
    private final BroadcastStore broadcasts;
    private final DeliveryStore deliveries;
    private final ReviewChain chain;
    private final TargetScope scope;
    private final BroadcastAccess access;
    private final DeliveryService delivery;
    private final TerminalDesk terminalDesk;
    private final BroadcastStats stats;
    private final ScheduleDesk schedules;
    private final Transactions tx;
    private final AuditTrail audit;
    private final List<String> categories;
    private final BiConsumer<String, String> events;
    private final Clock clock;
    private final AudioSource audio;

    /**
     * @param events posts an OSGi event (topic, broadcast id) after a release or cancel has committed
     */
    BroadcastServiceImpl(Jdbc jdbc, BroadcastStore broadcasts, DeliveryStore deliveries, ReviewChain chain,
            TargetScope scope, DeliveryService delivery, TerminalDesk terminalDesk, BroadcastStats stats,
            ScheduleDesk schedules, Transactions tx, AuditTrail audit, List<String> categories, BiConsumer<String, String> events,
            Clock clock) {
        this(jdbc, broadcasts, deliveries, chain, scope, delivery, terminalDesk, stats, schedules, tx, audit,
                categories, events, clock, AudioSource.NONE);
    }

    /** @param audio the stored audio: its duration counts in the quality check; submitted scripts are spoken */
    BroadcastServiceImpl(Jdbc jdbc, BroadcastStore broadcasts, DeliveryStore deliveries, ReviewChain chain,
            TargetScope scope, DeliveryService delivery, TerminalDesk terminalDesk, BroadcastStats stats,
            ScheduleDesk schedules, Transactions tx, AuditTrail audit, List<String> categories,
            BiConsumer<String, String> events, Clock clock, AudioSource audio) {
        this.audio = audio;
        this.jdbc = jdbc;
        this.broadcasts = broadcasts;
        this.deliveries = deliveries;
        this.chain = chain;
        this.scope = scope;
        this.access = new BroadcastAccess(scope);
        this.delivery = delivery;
        this.terminalDesk = terminalDesk;
        this.stats = stats;
        this.schedules = schedules;
        this.tx = tx;
        this.audit = audit;
        this.categories = List.copyOf(categories);
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<String> categories() {
        return categories;
    }

    @Override
    public List<DriverInfo> drivers(Actor actor) {
        return terminalDesk.drivers(actor);
    }

    @Override
    public List<RegionTerminals> terminalTree(Actor actor, String regionCode) {
        return terminalDesk.tree(actor, regionCode);
    }

    @Override
    public List<TerminalView> terminals(Actor actor, String regionCode) {
        return terminalDesk.list(actor, regionCode);
    }

    @Override
    public TerminalView bindTerminal(Actor actor, TerminalInput input) {
        return terminalDesk.bind(actor, input);
    }

    @Override
    public TerminalImport importTerminals(Actor actor, String csv) {
        return terminalDesk.importCsv(actor, csv);
    }

    @Override
    public int refreshStatus(Actor actor, String regionCode) {
        return terminalDesk.refreshStatus(actor, regionCode);
    }

    @Override
    public List<BroadcastSummary> list(Actor actor, BroadcastState state, BroadcastKind kind, int limit) {
        access.area(actor);
        List<BroadcastSummary> out = new ArrayList<>();
        for (BroadcastStore.Summary s : broadcasts.list(state, kind, limit <= 0 ? 200 : limit)) {
            Broadcast b = broadcasts.find(s.id()).orElse(null);
            if (b != null && access.canSee(actor, b, itemRegion(b))) {
                out.add(new BroadcastSummary(s.id(), s.kind(), s.title(), s.category(), s.state(), s.agencyCode(),
                        s.author(), s.level(), s.updatedAt()));
            }
        }
        return out;
    }

    @Override
    public BroadcastView get(Actor actor, String id) {
        Broadcast b = find(id);
        access.requireVisible(actor, b, itemRegion(b));
        return view(b);
    }

    @Override
    public BroadcastView createDraft(Actor actor, DraftInput input) {
        List<FieldError> errors = new ArrayList<>();
        Content content = content(input, errors);
        schedules.check(input.schedule(), input.targets(), errors);
        Broadcast b = Broadcast.draft(newId(), BroadcastKind.ROUTINE, content == null ? new Content("", "", null, null)
                : content, actor.agencyCode(), actor.username(), input.targets(), null);
        requireAuthor(actor, b, errors);
        tx.required(() -> {
            broadcasts.insert(b, clock.instant());
            broadcasts.details(b.id(), input.category().strip(), strip(input.body()));
            broadcasts.schedule(b.id(), input.schedule());
            audit.append(actor, "BROADCAST_DRAFTED", "broadcast", b.id(), content.title() + when(input.schedule()));
        });
        return view(find(b.id()));
    }

    @Override
    public BroadcastView updateDraft(Actor actor, String id, DraftInput input) {
        Broadcast before = find(id);
        if (before.kind() != BroadcastKind.ROUTINE) {
            throw org.gongkai.platform.ValidationException.of("kind", "应急广播草稿请重新导入或发布",
                    "Emergency drafts are not edited here");
        }
        List<FieldError> errors = new ArrayList<>();
        Content content = content(input, errors);
        schedules.check(input.schedule(), input.targets(), errors);
        if (before.state() != BroadcastState.DRAFT) {
            throw new org.gongkai.platform.ConflictException(org.gongkai.platform.Message.of(
                    "只有草稿可以修改", "Only a draft can be edited"));
        }
        chain.requireAuthor(actor, before);
        Broadcast after = new Broadcast(id, before.kind(), content == null ? before.content() : content,
                before.agencyCode(), before.author(), input.targets(), null, before.state(), before.history());
        requireAuthor(actor, after, errors);
        tx.required(() -> {
            broadcasts.updateDraft(after, clock.instant());
            broadcasts.details(id, input.category().strip(), strip(input.body()));
            broadcasts.schedule(id, input.schedule());
            audit.append(actor, "BROADCAST_EDITED", "broadcast", id, content.title() + when(input.schedule()));
        });
        return view(find(id));
    }

    @Override
    public BroadcastView submit(Actor actor, String id) {
        BroadcastView v = transition(actor, id, "BROADCAST_SUBMITTED", null, b -> {
            // the quality check measures the audio that will play; the content itself stays as written
            Broadcast checked = chain.submit(actor, audio.withPlayedAudio(b));
            return new Broadcast(b.id(), b.kind(), b.content(), b.agencyCode(), b.author(), b.targets(),
                    b.emergency(), checked.state(), checked.history());
        });
        audio.submitted(actor, v.broadcast());
        return v;
    }

    @Override
    public BroadcastView approve(Actor actor, String id, String comment) {
        return transition(actor, id, "BROADCAST_APPROVED", comment, b -> {
            Broadcast approved = chain.approve(actor, b, comment);
            // an emergency needs one approval and goes out at once, released by its approver
            return b.kind() == BroadcastKind.EMERGENCY ? chain.release(actor, approved) : approved;
        });
    }

    @Override
    public BroadcastView reject(Actor actor, String id, String comment) {
        return transition(actor, id, "BROADCAST_REJECTED", comment, b -> chain.reject(actor, b, comment));
    }

    @Override
    public BroadcastView release(Actor actor, String id) {
        return transition(actor, id, "BROADCAST_RELEASED", null, b -> {
            Broadcast released = chain.release(actor, b);
            // a scheduled item waits for its slot, which must still be ahead in every township it reaches
            schedules.requireUpcoming(broadcasts.schedule(id), b.targets());
            return released;
        });
    }

    @Override
    public BroadcastView cancel(Actor actor, String id, String reason) {
        return transition(actor, id, "BROADCAST_CANCELLED", reason, b -> chain.cancel(actor, b, reason));
    }

    @Override
    public BroadcastView issueEmergency(Actor actor, EmergencyInput input) {
        List<FieldError> errors = new ArrayList<>();
        String title = Inputs.name(errors, "title", input.title(), 200);
        EmergencyLevel level = input.level() == null ? null : EmergencyLevel.of(input.level()).orElse(null);
        if (input.level() != null && level == null) {
            errors.add(FieldError.of("emergency.level", "预警级别须为1–4", "The level must be 1 to 4"));
        }
        Content content = new Content(title == null ? "" : title, strip(input.script()), blankToNull(input.audioUrl()),
                null);
        EmergencyInfo info = new EmergencyInfo(level, strip(input.eventType()), input.start() == null
                ? clock.instant() : input.start(), input.end(), null, null, input.exercise());
        Broadcast draft = Broadcast.draft(newId(), BroadcastKind.EMERGENCY, content, actor.agencyCode(),
                actor.username(), input.targets(), info);
        requireAuthor(actor, draft, errors);
        Broadcast submitted = chain.submit(actor, draft);
        tx.required(() -> {
            broadcasts.insert(draft, clock.instant());
            broadcasts.details(draft.id(), EMERGENCY_CATEGORY, null);
            broadcasts.transition(draft, submitted, clock.instant());
            audit.append(actor, "BROADCAST_EMERGENCY_ISSUED", "broadcast", draft.id(), level + " " + info.eventType()
                    + " " + title);
        });
        audio.submitted(actor, submitted);
        return view(find(draft.id()));
    }

    @Override
    public BroadcastView importCap(Actor actor, String xml) {
        CapAlert alert = new CapImport().parse(xml);
        Broadcast draft = alert.toDraft(newId(), actor.agencyCode(), actor.username());
        chain.requireAuthor(actor, draft);
        tx.required(() -> {
            broadcasts.insert(draft, clock.instant());
            broadcasts.details(draft.id(), EMERGENCY_CATEGORY, alert.description());
            audit.append(actor, "BROADCAST_CAP_IMPORTED", "broadcast", draft.id(), alert.identifier() + " from "
                    + alert.sender());
        });
        return view(find(draft.id()));
    }

    @Override
    public DeliveryReport delivery(Actor actor, String id) {
        Broadcast b = find(id);
        access.requireVisible(actor, b, itemRegion(b));
        List<DeliveryReport.Line> lines = deliveries.report(id).stream().map(BroadcastServiceImpl::line).toList();
        var counts = deliveries.counts(id);
        return new DeliveryReport(id, b.content().title(), b.state(), lines.size(), counts, lines);
    }

    @Override
    public DeliveryReport deliverySummary(Actor actor, String id) {
        Broadcast b = find(id);
        access.requireVisible(actor, b, itemRegion(b));
        var counts = deliveries.counts(id);
        return new DeliveryReport(id, b.content().title(), b.state(),
                counts.values().stream().mapToLong(Long::longValue).sum(), counts, List.of());
    }

    @Override
    public List<DeliveryReport.Line> terminalDeliveries(Actor actor, String terminalId) {
        Terminal t = delivery.terminal(terminalId).orElseThrow(() -> new NotFoundException("终端 terminal",
                terminalId));
        access.regionWithin(actor, t.regionCode());
        return deliveries.ofTerminal(terminalId, 100).stream().map(BroadcastServiceImpl::line).toList();
    }

    @Override
    public BroadcastStatistics statistics(Actor actor, int year) {
        String area = access.area(actor);
        return stats.of(year, area);
    }

    @Override
    public ScheduleBoard schedule(Actor actor, LocalDate date, String township) {
        return schedules.board(actor, date == null ? LocalDate.now(clock.withZone(CHINA)) : date, township);
    }

    /** Loads, applies one step of the chain, writes state, steps and audit entry in one transaction; then delivers. */
    private BroadcastView transition(Actor actor, String id, String auditAction, String comment,
            UnaryOperator<Broadcast> step) {
        Broadcast[] result = new Broadcast[2];
        tx.required(() -> {
            Broadcast before = find(id);
            Broadcast after = step.apply(before);
            broadcasts.transition(before, after, clock.instant());
            audit.append(actor, auditAction, "broadcast", id, comment == null || comment.isBlank()
                    ? after.state().name() : after.state().name() + ": " + comment.strip());
            result[0] = before;
            result[1] = after;
        });
        afterCommit(result[0], result[1]);
        return view(result[1]);
    }

    private void afterCommit(Broadcast before, Broadcast after) {
        if (after.state() == BroadcastState.RELEASED && before.state() != BroadcastState.RELEASED) {
            if (after.kind() == BroadcastKind.EMERGENCY || broadcasts.schedule(after.id()) == null) {
                log(after, delivery.deliver(after), "delivery");
            } // else the slot player sends it township by township at the slot's time
            events.accept(after.kind() == BroadcastKind.EMERGENCY ? BroadcastEvents.EMERGENCY_RELEASED
                    : BroadcastEvents.RELEASED, after.id());
        } else if (after.state() == BroadcastState.CANCELLED) {
            if (before.state() == BroadcastState.RELEASED) {
                log(after, delivery.stopEverywhere(after), "stop");
            }
            events.accept(BroadcastEvents.CANCELLED, after.id());
        }
    }

    private static void log(Broadcast b, CompletableFuture<Void> f, String what) {
        f.exceptionally(e -> {
            LOG.warn("Broadcast {}: {} failed", b.id(), what, e);
            return null;
        });
    }

    /** The chain's author check, with target problems reported together with the other field errors. */
    private void requireAuthor(Actor actor, Broadcast b, List<FieldError> errors) {
        try {
            chain.requireAuthor(actor, b);
        } catch (org.gongkai.platform.ValidationException e) {
            errors.addAll(e.fieldErrors());
        }
        Inputs.check(errors);
    }

    private Content content(DraftInput in, List<FieldError> errors) {
        String title = Inputs.name(errors, "title", in.title(), 200);
        if (in.category() == null || !categories.contains(in.category().strip())) {
            errors.add(FieldError.of("category", "请选择栏目：" + String.join("、", categories),
                    "Choose a category: " + String.join(", ", categories)));
        }
        String body = strip(in.body());
        if (body != null && body.length() > 8000) {
            errors.add(FieldError.of("body", "文字稿不能超过8000字", "The text is limited to 8,000 characters"));
        }
        String script = strip(in.script());
        if (script != null && script.length() > 8000) {
            errors.add(FieldError.of("script", "口播稿不能超过8000字", "The script is limited to 8,000 characters"));
        }
        if (in.durationSeconds() != null && in.durationSeconds() <= 0) {
            errors.add(FieldError.of("durationSeconds", "时长须为正数", "The duration must be positive"));
        }
        return title == null ? null : new Content(title, script, blankToNull(in.audioUrl()), in.durationSeconds());
    }

    private Broadcast find(String id) {
        return broadcasts.find(id == null ? "" : id).orElseThrow(() -> new NotFoundException("广播 broadcast", id));
    }

    private String itemRegion(Broadcast b) {
        try {
            return scope.itemRegion(b.targets());
        } catch (RuntimeException e) {
            // targets that no longer resolve (a deleted terminal): only the whole network sees the item
            return "";
        }
    }

    private BroadcastView view(Broadcast b) {
        String[] d = broadcasts.details(b.id());
        PlaySchedule when = b.kind() == BroadcastKind.ROUTINE ? broadcasts.schedule(b.id()) : null;
        return new BroadcastView(b, d[0], d[1], itemRegion(b), deliveries.counts(b.id()), when,
                schedules.states(when, b.targets()));
    }

    private String newId() {
        long n = jdbc.nextval("gb_broadcast_seq");
        return "GB" + LocalDate.now(clock.withZone(CHINA)).format(DAY) + String.format("%05d", n % 100000);
    }

    private static DeliveryReport.Line line(DeliveryStore.Line l) {
        return new DeliveryReport.Line(l.broadcastId(), l.terminalId(), l.terminalName(), l.regionCode(), l.state(),
                l.attempts(), l.lastSentAt(), l.detail(), l.updatedAt());
    }

    private static String when(PlaySchedule s) {
        return s == null ? "" : " @" + s.date() + " " + s.slot();
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return Objects.requireNonNullElse(strip(s), "").isEmpty() ? null : s.strip();
    }
}
