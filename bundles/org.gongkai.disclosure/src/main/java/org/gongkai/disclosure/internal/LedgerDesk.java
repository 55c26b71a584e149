package org.gongkai.disclosure.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.gongkai.disclosure.ReceiveBy;
import org.gongkai.disclosure.RequiredForm;
import org.gongkai.disclosure.Stage;
import org.gongkai.disclosure.internal.ledger.LedgerError;
import org.gongkai.disclosure.internal.ledger.LedgerItem;
import org.gongkai.disclosure.internal.ledger.LedgerParser;
import org.gongkai.disclosure.internal.ledger.LedgerResult;
import org.gongkai.disclosure.internal.ledger.LedgerRow;
import org.gongkai.disclosure.internal.report.ReportMapping;
import org.gongkai.disclosure.internal.report.ReportRow;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.Message;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.persistence.Transactions;
import org.gongkai.platform.region.RegionService;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;

/**
 * Imports a county's ledger (台账) of past applications: every row checked first (line-numbered errors), then all rows
 * written in one transaction or none. Imported cases carry their receipt date, outcome, annual-report row and dates, so
 * the annual report of a county that started mid-year is complete; the ledger has no identity numbers, so none are
 * stored for them.
 */
public final class LedgerDesk {
    private final ApplicationStore store;
    private final Transactions tx;
    private final AuditTrail audit;
    private final RegionService regions;
    private final ReportMapping mapping;
    private final IdCipher cipher;
    private final Clock clock;

    LedgerDesk(ApplicationStore store, Transactions tx, AuditTrail audit, RegionService regions, ReportMapping mapping,
            IdCipher cipher, Clock clock) {
        this.store = store;
        this.tx = tx;
        this.audit = audit;
        this.regions = regions;
        this.mapping = mapping;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** The outcome of a check or an import. */
    public record Outcome(int rows, int imported, List<LedgerError> errors) {
    }

    public Outcome load(Actor actor, InputStream in, String fileName, boolean dryRun) {
        actor.requireAnyRole(Role.OFFICE_HEAD, Role.ADMIN, Role.REGISTRAR);
        LocalDate today = LocalDate.now(clock.withZone(org.gongkai.platform.calendar.WorkingDayCalendar.ZONE));
        LedgerResult parsed = new LedgerParser().parse(in, fileName == null ? "" : fileName, today,
                code -> regions.agency(code).isPresent() && regions.canSee(actor, code));
        if (!parsed.ok() || dryRun) {
            return new Outcome(parsed.rows().size(), 0, parsed.errors());
        }
        int n = tx.required(() -> {
            for (LedgerRow row : parsed.rows()) {
                insert(actor, row);
            }
            audit.append(actor, "DISCLOSURE_LEDGER_IMPORTED", DisclosureServiceImpl.OBJECT_TYPE, fileName,
                    parsed.rows().size() + " applications imported");
            return parsed.rows().size();
        });
        return new Outcome(parsed.rows().size(), n, List.of());
    }

    private void insert(Actor actor, LedgerRow row) {
        String number = row.number();
        if (number == null || number.isBlank()) {
            String day = DateTimeFormatter.BASIC_ISO_DATE.format(row.receiptDate());
            number = "YS" + day + String.format("%03d", store.nextSequence(day));
        } else if (store.byNumber(number).isPresent()) {
            throw new ConflictException(Message.of("第 " + row.line() + " 行：申请编号 " + number + " 已存在，整个台账未导入",
                    "Line " + row.line() + ": number " + number + " exists already; nothing was imported"));
        }
        Stage stage = row.outcome().stage();
        LocalDate closed = row.endDate();
        ReportRow reportRow = switch (row.outcome()) {
            case OPEN -> null;
            case WITHDRAWN, ABANDONED, LAPSED -> ReportMapping.rowOfEnd(stage).orElseThrow();
            default -> ReportMapping.combine(row.items().stream().map(i -> mapping.rowOf(i.decision(), i.ground()))
                    .toList());
        };
        String title = row.items().isEmpty() ? "（台账导入）" : row.items().get(0).description();
        title = title.length() > 200 ? title.substring(0, 200) : title;
        AppRow.Intake intake = new AppRow.Intake(row.channel(), row.receiptDate(), null, null, row.receiptDate(),
                row.applicantType(), row.applicantName(), "LEDGER", cipher.encrypt(""), "", null, null, null, null,
                title, RequiredForm.PAPER, ReceiveBy.POST, row.agencyCode(), "LEDGER");
        AppRow.Flow flow = new AppRow.Flow(stage, null, null, null, 0, row.deliveredOn(), null, closed,
                reportRow == null ? null : reportRow.name(), null, null, null, null);
        long id = store.insert(new AppRow(0, number, intake, flow), null, null, clock.instant());
        int seq = 1;
        for (LedgerItem item : row.items()) {
            store.insertItem(id, seq, item.description());
            if (item.decision() != null) {
                store.decide(id, seq, item.decision(), item.ground(), null);
            }
            seq++;
        }
        store.insertEvent(id, clock.instant(), actor.username(), "IMPORTED", null, stage,
                "台账导入（第 " + row.line() + " 行）：" + row.outcome().nameZh());
    }
}
