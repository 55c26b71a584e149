package org.gongkai.broadcast.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.broadcast.Broadcast;
import org.gongkai.broadcast.BroadcastKind;
import org.gongkai.broadcast.BroadcastState;
import org.gongkai.broadcast.EmergencyInfo;
import org.gongkai.broadcast.ReviewStep;
import org.gongkai.broadcast.ReviewStep.Action;
import org.gongkai.platform.AccessDeniedException;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.Message;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.region.RegionLevel;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;

/**
 * The review chain as a state machine: DRAFT → SUBMITTED (质量关 and 报送关) → APPROVED (审核关) → RELEASED (发布关),
 * a rejection back to DRAFT with a comment, and CANCELLED. Routine items are reviewed at their level — one township's
 * items by that township's reviewers, county-wide items by the county's — and nobody approves their own submission.
 * Emergencies come only from emergency officers of authorised agencies and need a single approval by another
 * officer of such an agency. Nothing is released without an approval on record.
 */
public final class ReviewChain {
    private final QualityCheck quality;
    private final TargetScope scope;
    private final ReviewPolicy policy;
    private final Clock clock;

    public ReviewChain(QualityCheck quality, TargetScope scope, ReviewPolicy policy, Clock clock) {
        this.quality = quality;
        this.scope = scope;
        this.policy = policy;
        this.clock = clock;
    }

    /** Whether the actor may create or edit this draft (role, and every target within the actor's area). */
    public void requireAuthor(Actor actor, Broadcast b) {
        if (b.kind() == BroadcastKind.EMERGENCY) {
            requireEmergencyOfficer(actor);
        } else {
            actor.requireAnyRole(Role.BROADCAST_EDITOR, Role.BROADCAST_REVIEWER);
        }
        scope.requireWithin(actor, b.targets());
    }

    /** 质量关 + 报送关: runs the automatic checks and submits the draft for review. */
    public Broadcast submit(Actor actor, Broadcast b) {
        requireState(b, BroadcastState.DRAFT);
        requireAuthor(actor, b);
        List<FieldError> errors = new ArrayList<>(quality.check(b.content()));
        if (b.kind() == BroadcastKind.EMERGENCY) {
            errors.addAll(checkEmergency(b.emergency()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return b.step(BroadcastState.SUBMITTED, step(actor, Action.SUBMIT, null));
    }

    /** 审核关: approves a submitted item. */
    public Broadcast approve(Actor actor, Broadcast b, String comment) {
        requireState(b, BroadcastState.SUBMITTED);
        requireReviewer(actor, b);
        return b.step(BroadcastState.APPROVED, step(actor, Action.APPROVE, comment));
    }

    /** 审核关: sends a submitted item back to its author as a draft; the comment says why and is required. */
    public Broadcast reject(Actor actor, Broadcast b, String comment) {
        requireState(b, BroadcastState.SUBMITTED);
        requireReviewer(actor, b);
        if (comment == null || comment.isBlank()) {
            throw ValidationException.of("comment", "退回时请填写意见", "Give a comment when returning an item");
        }
        return b.step(BroadcastState.DRAFT, step(actor, Action.REJECT, comment.strip()));
    }

    /** 发布关: releases an approved item for playback. */
    public Broadcast release(Actor actor, Broadcast b) {
        requireState(b, BroadcastState.APPROVED);
        if (b.approval().isEmpty()) {
            // the state says approved but the record does not: refuse rather than play unreviewed content
            throw new ConflictException(Message.of("没有审核记录，不能发布", "No approval on record: cannot release"));
        }
        if (b.kind() == BroadcastKind.EMERGENCY) {
            requireEmergencyOfficer(actor);
        } else {
            actor.requireAnyRole(Role.BROADCAST_REVIEWER, Role.BROADCAST_EDITOR);
            requireArea(actor, scope.itemRegion(b.targets()));
        }
        return b.step(BroadcastState.RELEASED, step(actor, Action.RELEASE, null));
    }

    /** Withdraws an item that is not a draft any more; for a released one, playback is stopped everywhere. */
    public Broadcast cancel(Actor actor, Broadcast b, String reason) {
        if (b.state() == BroadcastState.DRAFT || b.state() == BroadcastState.CANCELLED) {
            throw new ConflictException(Message.of("当前状态（" + b.state().nameZh() + "）不能撤销",
                    "Cannot cancel in state " + b.state().nameEn()));
        }
        if (b.kind() == BroadcastKind.EMERGENCY) {
            requireEmergencyOfficer(actor);
        } else {
            actor.requireAnyRole(Role.BROADCAST_REVIEWER);
            requireArea(actor, scope.itemRegion(b.targets()));
        }
        return b.step(BroadcastState.CANCELLED, step(actor, Action.CANCEL, reason));
    }

    private void requireReviewer(Actor actor, Broadcast b) {
        if (b.kind() == BroadcastKind.EMERGENCY) {
            requireEmergencyOfficer(actor);
        } else {
            actor.requireAnyRole(Role.BROADCAST_REVIEWER);
            String item = scope.itemRegion(b.targets());
            String own = scope.actorRegion(actor);
            boolean township = item.length() == RegionLevel.TOWNSHIP.codeLength();
            boolean allowed = own.equals(item) || township && policy.countyReviewsTownshipItems()
                    && own.length() == RegionLevel.COUNTY.codeLength() && TargetScope.contains(own, item);
            if (!allowed) {
                throw new AccessDeniedException(township
                        ? Message.of("本条为乡镇播放内容，须由该乡镇（" + item + "）审核",
                                "A township item is reviewed by that township (" + item + ")")
                        : Message.of("本条为全县播放内容，须由县级审核", "A county-wide item is reviewed by the county"));
            }
        }
        String submitter = b.lastSubmission().map(ReviewStep::username).orElse(null);
        if (actor.username().equals(submitter)) {
            throw new AccessDeniedException(Message.of("不能审核自己报送的内容", "You cannot review your own submission"));
        }
    }

    private void requireArea(Actor actor, String itemRegion) {
        if (!TargetScope.contains(scope.actorRegion(actor), itemRegion)) {
            throw new AccessDeniedException(Message.of("本条播放范围超出您的辖区", "The item's targets are outside your area"));
        }
    }

    private void requireEmergencyOfficer(Actor actor) {
        actor.requireAnyRole(Role.EMERGENCY_OFFICER);
        if (actor.agencyCode() == null || !policy.emergencyAgencies().contains(actor.agencyCode())) {
            throw new AccessDeniedException(Message.of("您所在机构未获授权发布应急广播",
                    "Your agency is not authorised to issue emergency broadcasts"));
        }
    }

    private List<FieldError> checkEmergency(EmergencyInfo e) {
        List<FieldError> errors = new ArrayList<>();
        if (e == null) {
            errors.add(FieldError.of("emergency", "请填写应急信息", "Emergency details are required"));
            return errors;
        }
        if (e.level() == null) {
            errors.add(FieldError.of("emergency.level", "请选择预警级别", "Choose the level"));
        }
        if (e.eventType() == null || e.eventType().isBlank()) {
            errors.add(FieldError.of("emergency.eventType", "请填写事件类型", "Give the event type"));
        }
        if (e.start() == null || e.end() == null) {
            errors.add(FieldError.of("emergency.end", "请填写开始和结束时间", "Give the start and end time"));
        } else if (!e.end().isAfter(e.start())) {
            errors.add(FieldError.of("emergency.end", "结束时间须晚于开始时间", "The end must be after the start"));
        } else if (!e.end().isAfter(clock.instant())) {
            errors.add(FieldError.of("emergency.end", "结束时间已过", "The end time has passed"));
        }
        return errors;
    }

    private static void requireState(Broadcast b, BroadcastState expected) {
        if (b.state() != expected) {
            throw new ConflictException(Message.of("当前状态为" + b.state().nameZh() + "，不能执行此操作",
                    "Not possible in state " + b.state().nameEn()));
        }
    }

    private ReviewStep step(Actor actor, Action action, String comment) {
        return new ReviewStep(action, actor.username(), actor.agencyCode(), clock.instant(), comment);
    }
}
