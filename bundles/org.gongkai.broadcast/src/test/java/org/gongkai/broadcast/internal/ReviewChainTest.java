package org.gongkai.broadcast.internal;

import static org.gongkai.broadcast.internal.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.gongkai.broadcast.Broadcast;
import org.gongkai.broadcast.BroadcastKind;
import org.gongkai.broadcast.BroadcastState;
import org.gongkai.broadcast.Content;
import org.gongkai.broadcast.EmergencyInfo;
import org.gongkai.broadcast.EmergencyLevel;
import org.gongkai.broadcast.ReviewStep;
import org.gongkai.broadcast.Target;
import org.gongkai.platform.AccessDeniedException;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.ValidationException;
import org.junit.jupiter.api.Test;

class ReviewChainTest {
    private static final Content GOOD = new Content("秋收防火提醒", "各位村民，秋收季节请注意用火安全。", null, null);
    private final ReviewChain strict = new ReviewChain(quality(), scope(), new ReviewPolicy(false,
            Set.of("LC-YJGLJ", "LC-QXJ")), CLOCK);
    private final ReviewChain lenient = new ReviewChain(quality(), scope(), new ReviewPolicy(true,
            Set.of("LC-YJGLJ", "LC-QXJ")), CLOCK);

    private static Broadcast daxuItem(Content c) {
        return Broadcast.draft("b1", BroadcastKind.ROUTINE, c, "LC-T-101", "editor", List.of(Target.region(DAXU)), null);
    }

    private static Broadcast countyItem() {
        return Broadcast.draft("b2", BroadcastKind.ROUTINE, GOOD, "LC-GKB", "county-editor",
                List.of(Target.region(COUNTY)), null);
    }

    private static Broadcast emergency(EmergencyInfo info) {
        return Broadcast.draft("e1", BroadcastKind.EMERGENCY, new Content("暴雨红色预警", "预计未来3小时有特大暴雨，请转移。",
                null, null), "LC-QXJ", "weather", List.of(Target.region(COUNTY)), info);
    }

    private static EmergencyInfo rain() {
        return new EmergencyInfo(EmergencyLevel.RED, "暴雨", NOW, NOW.plus(Duration.ofHours(6)), null, null, false);
    }

    @Test
    void townshipItemGoesDraftSubmittedApprovedReleasedWithEveryStepOnRecord() {
        Broadcast b = strict.submit(DAXU_EDITOR, daxuItem(GOOD));
        assertEquals(BroadcastState.SUBMITTED, b.state());
        b = strict.approve(DAXU_REVIEWER, b, "同意");
        assertEquals(BroadcastState.APPROVED, b.state());
        assertEquals("dx-review", b.approval().orElseThrow().username());
        b = strict.release(DAXU_EDITOR, b);
        assertEquals(BroadcastState.RELEASED, b.state());
        assertEquals(List.of(ReviewStep.Action.SUBMIT, ReviewStep.Action.APPROVE, ReviewStep.Action.RELEASE),
                b.history().stream().map(ReviewStep::action).toList());
        assertEquals(NOW, b.history().get(0).at());
    }

    @Test
    void qualityChecksRunOnSubmitAndReportEveryProblem() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> strict.submit(DAXU_EDITOR, daxuItem(new Content("", "严禁赌博" + "字".repeat(1500), null, null))));
        assertEquals(List.of("title", "text", "text"), e.fieldErrors().stream().map(FieldError::field).toList());
    }

    @Test
    void rejectionReturnsTheItemToDraftWithTheCommentAndClearsTheApproval() {
        Broadcast b = strict.submit(DAXU_EDITOR, daxuItem(GOOD));
        assertThrows(ValidationException.class, () -> strict.reject(DAXU_REVIEWER, strict.submit(DAXU_EDITOR,
                daxuItem(GOOD)), " "));
        b = strict.reject(DAXU_REVIEWER, b, "请补充时间地点");
        assertEquals(BroadcastState.DRAFT, b.state());
        assertEquals("请补充时间地点", b.history().get(1).comment());
        assertTrue(b.approval().isEmpty());
        b = strict.submit(DAXU_EDITOR, b);
        assertTrue(b.approval().isEmpty(), "a resubmission needs a new approval");
    }

    @Test
    void townshipItemsAreReviewedByTheTownshipNotByAnotherTownship() {
        Broadcast b = strict.submit(DAXU_EDITOR, daxuItem(GOOD));
        assertThrows(AccessDeniedException.class, () -> strict.approve(LINGCHUAN_REVIEWER, b, null));
        assertThrows(AccessDeniedException.class, () -> strict.approve(COUNTY_REVIEWER, b, null),
                "strict policy: the county does not review township items");
        assertEquals(BroadcastState.APPROVED, lenient.approve(COUNTY_REVIEWER, b, null).state());
    }

    @Test
    void countyWideItemsAreReviewedByTheCountyOnly() {
        Broadcast b = strict.submit(COUNTY_EDITOR, countyItem());
        assertThrows(AccessDeniedException.class, () -> lenient.approve(DAXU_REVIEWER, b, null));
        assertEquals(BroadcastState.APPROVED, strict.approve(COUNTY_REVIEWER, b, null).state());
    }

    @Test
    void nobodyApprovesTheirOwnSubmission() {
        Broadcast b = strict.submit(COUNTY_REVIEWER, countyItem());
        assertThrows(AccessDeniedException.class, () -> strict.approve(COUNTY_REVIEWER, b, null));
    }

    @Test
    void editorsCannotReviewAndTownshipEditorsCannotSubmitCountyWideItems() {
        Broadcast b = strict.submit(DAXU_EDITOR, daxuItem(GOOD));
        assertThrows(AccessDeniedException.class, () -> strict.approve(DAXU_EDITOR, b, null));
        assertThrows(AccessDeniedException.class, () -> strict.submit(DAXU_EDITOR, countyItem()));
    }

    @Test
    void stepsOutOfOrderAreConflicts() {
        Broadcast draft = daxuItem(GOOD);
        assertThrows(ConflictException.class, () -> strict.approve(DAXU_REVIEWER, draft, null));
        assertThrows(ConflictException.class, () -> strict.release(DAXU_REVIEWER, draft));
        Broadcast submitted = strict.submit(DAXU_EDITOR, draft);
        assertThrows(ConflictException.class, () -> strict.release(DAXU_REVIEWER, submitted));
        assertThrows(ConflictException.class, () -> strict.submit(DAXU_EDITOR, submitted));
    }

    @Test
    void anApprovedStateWithoutAnApprovalOnRecordIsNeverReleased() {
        Broadcast forged = new Broadcast("b9", BroadcastKind.ROUTINE, GOOD, "LC-T-101", "editor",
                List.of(Target.region(DAXU)), null, BroadcastState.APPROVED, List.of());
        assertThrows(ConflictException.class, () -> strict.release(DAXU_REVIEWER, forged));
    }

    @Test
    void emergencyNeedsAnAuthorisedAgencysOfficerAndOneApprovalByAnother() {
        Broadcast e = strict.submit(WEATHER_OFFICER, emergency(rain()));
        assertThrows(AccessDeniedException.class, () -> strict.approve(WEATHER_OFFICER, e, null));
        assertThrows(AccessDeniedException.class, () -> strict.approve(COUNTY_REVIEWER, e, null));
        assertThrows(AccessDeniedException.class, () -> strict.approve(SCHOOL_OFFICER, e, null),
                "教育局 is not an authorised agency");
        Broadcast approved = strict.approve(OFFICER, e, null);
        assertEquals(BroadcastState.RELEASED, strict.release(WEATHER_OFFICER, approved).state());
        assertThrows(AccessDeniedException.class, () -> strict.submit(SCHOOL_OFFICER, emergency(rain())));
        assertThrows(AccessDeniedException.class, () -> strict.submit(COUNTY_EDITOR, emergency(rain())));
    }

    @Test
    void emergencyDetailsAreCheckedOnSubmit() {
        ValidationException e = assertThrows(ValidationException.class, () -> strict.submit(OFFICER,
                emergency(new EmergencyInfo(null, " ", NOW, NOW.minusSeconds(1), null, null, false))));
        assertEquals(List.of("emergency.level", "emergency.eventType", "emergency.end"),
                e.fieldErrors().stream().map(FieldError::field).toList());
        ValidationException expired = assertThrows(ValidationException.class, () -> strict.submit(OFFICER,
                emergency(new EmergencyInfo(EmergencyLevel.BLUE, "大风", NOW.minusSeconds(7200), NOW.minusSeconds(60),
                        null, null, false))));
        assertTrue(expired.fieldErrors().get(0).en().contains("passed"));
    }

    @Test
    void cancelStopsAReleasedItemAndOnlyTheRightPeopleMayCancel() {
        Broadcast e = strict.release(OFFICER, strict.approve(OFFICER, strict.submit(WEATHER_OFFICER,
                emergency(rain())), null));
        assertThrows(AccessDeniedException.class, () -> strict.cancel(COUNTY_REVIEWER, e, "误报"));
        Broadcast cancelled = strict.cancel(WEATHER_OFFICER, e, "误报");
        assertEquals(BroadcastState.CANCELLED, cancelled.state());
        assertThrows(ConflictException.class, () -> strict.cancel(WEATHER_OFFICER, cancelled, "again"));
        Broadcast routine = strict.submit(DAXU_EDITOR, daxuItem(GOOD));
        assertThrows(AccessDeniedException.class, () -> strict.cancel(LINGCHUAN_REVIEWER, routine, "x"));
        assertEquals(BroadcastState.CANCELLED, strict.cancel(DAXU_REVIEWER, routine, "x").state());
    }
}
