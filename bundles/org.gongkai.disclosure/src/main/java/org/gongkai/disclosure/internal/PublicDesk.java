package org.gongkai.disclosure.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.NewApplication;
import org.gongkai.disclosure.Stage;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;

/**
 * The public side of the workflow: applying online (the portal confirms receipt at once, Art. 31 (3)) and tracking
 * with the number and the query code. Only the code's hash is stored; it is compared in constant time, and a wrong
 * pair gives the same answer as an unknown number.
 */
final class PublicDesk {
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Acts for the portal: may register for any agency; recorded as "portal" in the history and audit trail. */
    static final Actor PORTAL = new Actor("portal", null, Set.of(Role.ADMIN.id()));

    private final DisclosureServiceImpl cases;
    private final ApplicationStore store;

    PublicDesk(DisclosureServiceImpl cases, ApplicationStore store) {
        this.cases = cases;
        this.store = store;
    }

    /** What the applicant gets back after applying online. */
    record Receipt(String number, String queryCode, LocalDate receiptDate, LocalDate replyDue, String agencyName,
            boolean repeated) {
    }

    /** What tracking shows: no personal data beyond what the applicant gave, no staff comments. */
    record Status(String number, String title, String agencyName, Stage stage, String stageZh, String stageEn,
            LocalDate receiptDate, LocalDate replyDue, LocalDate correctionDeadline, LocalDate deliveredOn,
            List<Step> steps, boolean replyAvailable) {
    }

    /** A stage change in the history. */
    record Step(java.time.Instant at, Stage stage, String stageZh) {
    }

    Receipt apply(NewApplication a) {
        if (a == null) {
            throw ValidationException.of("body", "缺少申请内容", "The application is empty");
        }
        if (a.requestKey() == null || a.requestKey().isBlank() || a.requestKey().length() > 64) {
            throw ValidationException.of("requestKey", "缺少表单标识", "The form key is missing");
        }
        if (store.numberOfRequest(a.requestKey()).isPresent()) {
            ApplicationDetail d = cases.detail(PORTAL, store.numberOfRequest(a.requestKey()).get(), false);
            return new Receipt(d.number(), null, d.receiptDate(), d.clock() == null ? null : d.clock().replyDue(),
                    d.agencyName(), true);
        }
        LocalDate today = cases.today();
        NewApplication online = new NewApplication(a.requestKey(), Channel.ONLINE, today, null, null,
                a.applicantType(), a.applicantName(), a.idKind(), a.idNumber(), a.phone(), a.email(), a.address(),
                a.title(), a.items(), a.form(), a.receiveBy(), a.agencyCode());
        String code = newCode();
        // the number is only known inside register; the hash binds the code to the request key until then
        ApplicationDetail d = cases.register(PORTAL, online, "PORTAL", hash(a.requestKey(), code));
        return new Receipt(d.number(), code, d.receiptDate(), d.clock() == null ? null : d.clock().replyDue(),
                d.agencyName(), false);
    }

    Status track(String number, String code) {
        ApplicationDetail d = verified(number, code);
        List<Step> steps = d.events().stream().filter(e -> e.toStage() != null && e.toStage() != e.fromStage())
                .map(e -> new Step(e.at(), e.toStage(), e.toStage().nameZh())).toList();
        boolean reply = replyOnline(d);
        return new Status(d.number(), d.title(), d.agencyName(), d.stage(), d.stage().nameZh(), d.stage().nameEn(),
                d.receiptDate(), d.clock() == null ? null : d.clock().replyDue(),
                d.stage() == Stage.CORRECTION ? d.correctionDeadline() : null,
                d.delivery() == null ? null : d.delivery().datedOn(), steps, reply);
    }

    /** The case behind a valid number and code, for downloading the reply delivered online. */
    ApplicationDetail verified(String number, String code) {
        if (number == null || code == null || number.length() > 20 || code.length() > 20) {
            throw new NotFoundException("申请 application", "?");
        }
        String stored = store.queryCodeHash(number.strip()).orElse(null);
        String requestKey = store.requestKeyOf(number.strip()).orElse("");
        byte[] expected = (stored == null ? "x" : stored).getBytes(StandardCharsets.US_ASCII);
        byte[] given = hash(requestKey, code.strip().toUpperCase(java.util.Locale.ROOT)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given) || stored == null) {
            throw new NotFoundException("申请 application", number.strip());
        }
        return cases.detail(PORTAL, number.strip(), false);
    }

    static boolean replyOnline(ApplicationDetail d) {
        return d.delivery() != null && d.delivery().method() == org.gongkai.disclosure.ReceiveBy.ONLINE
                && d.letters().stream().anyMatch(l -> "REPLY".equals(l.kind()) && "ISSUED".equals(l.status()));
    }

    static String newCode() {
        char[] c = new char[8];
        for (int i = 0; i < c.length; i++) {
            c[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(c);
    }

    static String hash(String requestKey, String code) {
        return "s1:" + CaseRecords.sha256("gongkai-query:" + requestKey + ":" + code);
    }
}
