package org.gongkai.disclosure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.ReceiptFacts;
import org.gongkai.platform.ValidationException;
import org.junit.jupiter.api.Test;

class ReceiptRuleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private final ReceiptRule auto = new ReceiptRule(true);
    private final ReceiptRule manual = new ReceiptRule(false);

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void inPersonOralAndEmailCountFromSubmission() {
        for (Channel c : new Channel[] {Channel.IN_PERSON, Channel.ORAL, Channel.EMAIL}) {
            assertEquals(d("2026-03-02"), auto.receiptDate(new ReceiptFacts(c, d("2026-03-02"), null, null), TODAY));
        }
    }

    @Test
    void registeredPostCountsFromTheDayTheAgencySignsForIt() {
        assertEquals(d("2026-03-05"), auto.receiptDate(
                new ReceiptFacts(Channel.REGISTERED_POST, d("2026-03-01"), d("2026-03-05"), null), TODAY));
        ValidationException e = assertThrows(ValidationException.class, () -> auto.receiptDate(
                new ReceiptFacts(Channel.REGISTERED_POST, d("2026-03-01"), null, null), TODAY));
        assertEquals("signedForOn", e.fieldErrors().get(0).field());
    }

    @Test
    void ordinaryPostAndFaxCountFromConfirmationWithTheApplicant() {
        assertEquals(d("2026-03-06"), auto.receiptDate(
                new ReceiptFacts(Channel.ORDINARY_POST, null, null, d("2026-03-06")), TODAY));
        assertEquals(d("2026-03-06"), auto.receiptDate(new ReceiptFacts(Channel.FAX, d("2026-03-05"), null,
                d("2026-03-06")), TODAY));
        assertEquals("confirmedOn", assertThrows(ValidationException.class, () -> auto.receiptDate(
                new ReceiptFacts(Channel.FAX, d("2026-03-05"), null, null), TODAY)).fieldErrors().get(0).field());
    }

    @Test
    void onlineCountsFromSubmissionWhenConfirmedAutomaticallyOtherwiseFromConfirmation() {
        ReceiptFacts online = new ReceiptFacts(Channel.ONLINE, d("2026-03-07"), null, null);
        assertEquals(d("2026-03-07"), auto.receiptDate(online, TODAY));
        assertThrows(ValidationException.class, () -> manual.receiptDate(online, TODAY));
        assertEquals(d("2026-03-09"), manual.receiptDate(new ReceiptFacts(Channel.ONLINE, d("2026-03-07"), null,
                d("2026-03-09")), TODAY));
    }

    @Test
    void futureDatesAndReceiptBeforeSubmissionAreRejected() {
        assertThrows(ValidationException.class, () -> auto.receiptDate(
                new ReceiptFacts(Channel.IN_PERSON, d("2026-03-11"), null, null), TODAY));
        assertThrows(ValidationException.class, () -> auto.receiptDate(
                new ReceiptFacts(Channel.REGISTERED_POST, d("2026-03-05"), d("2026-03-04"), null), TODAY));
        assertThrows(ValidationException.class, () -> auto.receiptDate(new ReceiptFacts(null, null, null, null), TODAY));
    }
}
