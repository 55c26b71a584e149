package org.gongkai.broadcast.internal;

import static org.gongkai.broadcast.DeliveryState.ACKNOWLEDGED;
import static org.gongkai.broadcast.DeliveryState.FAILED;
import static org.gongkai.broadcast.DeliveryState.OFFLINE;
import static org.gongkai.broadcast.DeliveryState.PENDING;
import static org.gongkai.broadcast.DeliveryState.PLAYED;
import static org.gongkai.broadcast.DeliveryState.PLAYING;
import static org.gongkai.broadcast.DeliveryState.SENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gongkai.broadcast.internal.Preemption.Decision;
import org.gongkai.broadcast.spi.PlayRequest;
import org.gongkai.broadcast.spi.Receipt;
import org.junit.jupiter.api.Test;

/** Receipts moving delivery states, the emergency re-send policy, and pre-emption. */
class DeliveryPolicyTest {
    private static final Instant T0 = Instant.parse("2026-07-01T02:00:00Z");
    private static final Instant END = T0.plus(Duration.ofHours(2));
    private final ResendPolicy resend = new ResendPolicy(Duration.ofMinutes(5), 0);

    @Test
    void receiptsOnlyMoveForwardAndPlayedIsFinal() {
        assertEquals(ACKNOWLEDGED, DeliveryRules.after(SENT, Receipt.Kind.ACK));
        assertEquals(PLAYING, DeliveryRules.after(ACKNOWLEDGED, Receipt.Kind.PLAYING));
        assertEquals(PLAYING, DeliveryRules.after(PLAYING, Receipt.Kind.ACK), "a late ACK does not go back");
        assertEquals(PLAYED, DeliveryRules.after(PLAYING, Receipt.Kind.PLAYED));
        assertEquals(PLAYED, DeliveryRules.after(PLAYED, Receipt.Kind.FAILED));
        assertEquals(FAILED, DeliveryRules.after(PLAYING, Receipt.Kind.FAILED));
        assertEquals(ACKNOWLEDGED, DeliveryRules.after(FAILED, Receipt.Kind.ACK), "a resend that arrives");
    }

    @Test
    void resendGoesToEveryReachableTerminalThatHasNotPlayedOnceTheIntervalHasPassed() {
        Instant now = T0.plus(Duration.ofMinutes(6));
        List<TerminalDelivery> d = List.of(
                new TerminalDelivery("never-sent", PENDING, null, 0, true),
                new TerminalDelivery("acked-long-ago", ACKNOWLEDGED, T0, 1, true),
                new TerminalDelivery("acked-just-now", ACKNOWLEDGED, now.minusSeconds(60), 2, true),
                new TerminalDelivery("failed-long-ago", FAILED, T0, 1, true),
                new TerminalDelivery("played", PLAYED, T0, 1, true),
                new TerminalDelivery("offline", SENT, T0, 1, false),
                new TerminalDelivery("back-online", OFFLINE, now.minusSeconds(10), 1, true));
        assertEquals(List.of("never-sent", "acked-long-ago", "failed-long-ago", "back-online"),
                resend.due(d, now, END, Duration.ofMinutes(2)));
    }

    @Test
    void aPlayingTerminalGetsTheProgrammesLengthBeforeAResend() {
        List<TerminalDelivery> d = List.of(new TerminalDelivery("p", PLAYING, T0, 1, true));
        assertEquals(List.of(), resend.due(d, T0.plus(Duration.ofMinutes(6)), END, Duration.ofMinutes(2)));
        assertEquals(List.of("p"), resend.due(d, T0.plus(Duration.ofMinutes(7)), END, Duration.ofMinutes(2)));
    }

    @Test
    void nothingIsSentOnceTheBroadcastHasExpiredOrAttemptsAreUsedUp() {
        List<TerminalDelivery> d = List.of(new TerminalDelivery("a", PENDING, null, 0, true),
                new TerminalDelivery("b", FAILED, T0, 3, true));
        assertEquals(List.of(), resend.due(d, END, END, Duration.ZERO));
        assertEquals(List.of("a"), new ResendPolicy(Duration.ofMinutes(5), 3).due(d, T0.plus(Duration.ofHours(1)), END,
                Duration.ZERO));
    }

    @Test
    void emergenciesPreemptRoutineAndHigherLevelsPreemptLowerOnes() {
        int red = PlayRequest.emergencyPriority(1);
        int blue = PlayRequest.emergencyPriority(4);
        assertEquals(Decision.PLAY, Preemption.decide(null, PlayRequest.ROUTINE));
        assertEquals(Decision.PREEMPT, Preemption.decide(PlayRequest.ROUTINE, blue));
        assertEquals(Decision.PREEMPT, Preemption.decide(blue, red));
        assertEquals(Decision.WAIT, Preemption.decide(red, blue));
        assertEquals(Decision.WAIT, Preemption.decide(red, red));
        assertEquals(Decision.WAIT, Preemption.decide(blue, PlayRequest.ROUTINE));
    }
}
