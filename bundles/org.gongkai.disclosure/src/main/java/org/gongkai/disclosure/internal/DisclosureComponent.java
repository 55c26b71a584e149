package org.gongkai.disclosure.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.gongkai.disclosure.Action;
import org.gongkai.disclosure.ActionInput;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.ApplicationQuery;
import org.gongkai.disclosure.ApplicationSummary;
import org.gongkai.disclosure.AttachedFile;
import org.gongkai.disclosure.CaseDelegation;
import org.gongkai.disclosure.CaseFacts;
import org.gongkai.disclosure.DelegationOrder;
import org.gongkai.disclosure.FeeMethod;
import org.gongkai.disclosure.Remedy;
import org.gongkai.disclosure.RemedyResult;
import org.gongkai.disclosure.internal.letter.FontLocator;
import org.gongkai.disclosure.internal.letter.LetterSettings;
import org.gongkai.disclosure.internal.report.ReportMapping;
import org.gongkai.platform.crypto.KeyFiles;
import org.gongkai.platform.region.Agency;
import org.gongkai.platform.region.AgencyKind;
import org.osgi.service.component.annotations.Deactivate;
import org.gongkai.disclosure.DisclosureService;
import org.gongkai.disclosure.ItemDecision;
import org.gongkai.disclosure.NewApplication;
import org.gongkai.disclosure.Page;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.calendar.CalendarEvents;
import org.gongkai.platform.calendar.PlatformClock;
import org.gongkai.platform.calendar.WorkingDayCalendar;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.persistence.SchemaReady;
import org.gongkai.platform.persistence.Transactions;
import org.gongkai.platform.region.RegionService;
import org.gongkai.platform.security.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The disclosure service as an OSGi component: typed configuration, and the due dates of open cases recomputed when
 * the working-day calendar changes.
 */
@Component(service = {DisclosureService.class, CaseDelegation.class, EventHandler.class}, configurationPid = "org.gongkai.disclosure",
        property = "event.topics=" + CalendarEvents.CHANGED)
@Designate(ocd = DisclosureComponent.Config.class)
public class DisclosureComponent implements DisclosureService, CaseDelegation, EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DisclosureComponent.class);

    @ObjectClassDefinition(name = "Gongkai disclosure on application", description = "依申请公开: clocks and data protection")
    public @interface Config {
        @AttributeDefinition(name = "Online submissions confirmed automatically", description = "Art. 31 (3): count an "
                + "online application as received on the day it is submitted, because the portal confirms it at once")
        boolean onlineConfirmedOnSubmission() default true;

        @AttributeDefinition(name = "Warning (working days)", description = "A case turns orange this many working "
                + "days before its reply is due")
        int warningDays() default 5;

        @AttributeDefinition(name = "Identity-number key file", description = "Base64 AES-256 key encrypting identity "
                + "numbers at rest; empty means ${karaf.etc}/gongkai/disclosure-id.key (created on first start)")
        String idKeyFile() default "";

        @AttributeDefinition(name = "Fee notice pauses the reply clock", description = "2020 measures (unconfirmed "
                + "detail): the time from the fee notice to payment is not counted in the reply period")
        boolean feePausesClock() default true;

        @AttributeDefinition(name = "Fee payment period (working days)", description = "Working days after the fee "
                + "notice within which the applicant pays; afterwards the case may be closed as lapsed")
        int feePaymentDays() default 20;

        @AttributeDefinition(name = "Annual-report row overrides", description = "Where unconfirmed decisions are "
                + "counted, as DECISION=ROW pairs separated by commas, e.g. SPECIAL_PROCEDURE=OTHER")
        String reportRowOverrides() default "";

        @AttributeDefinition(name = "Reconsideration organ", description = "Named in reply letters and the guide "
                + "(since 2024 the county government reviews its departments' acts)")
        String reconsiderationOrgan() default "灵川县人民政府";

        @AttributeDefinition(name = "Reconsideration organ for the county government's own acts", description =
                "The government one level up (revised 行政复议法)")
        String countyReconsiderationOrgan() default "桂林市人民政府";

        @AttributeDefinition(name = "Delegating government as letters name it", description = "委托办理: a "
                + "development zone answering on the government's behalf writes 受{this}委托; its remedy paragraph names "
                + "the reconsideration organ for the county government's own acts")
        String delegationPrincipal() default "县政府";

        @AttributeDefinition(name = "Court", description = "The court named in reply letters and the guide")
        String court() default "灵川县人民法院";

        @AttributeDefinition(name = "Refusals: reconsideration first", description = "Revised 行政复议法 Art. 23: a "
                + "refusal to disclose must be reviewed before a lawsuit; the letter says so")
        boolean refusalReconsiderationFirst() default true;

        @AttributeDefinition(name = "Guide: address")
        String guideAddress() default "";

        @AttributeDefinition(name = "Guide: phone")
        String guidePhone() default "";

        @AttributeDefinition(name = "Guide: e-mail")
        String guideEmail() default "";

        @AttributeDefinition(name = "Guide: office hours")
        String guideHours() default "工作日 8:00–12:00，15:00–18:00";

        @AttributeDefinition(name = "Font for PDF letters", description = "A TrueType font (.ttf/.ttc) with Chinese "
                + "glyphs; empty searches ${karaf.etc}/gongkai/fonts and the system fonts")
        String letterFont() default "";
    }

    private final DisclosureServiceImpl service;
    private final CaseRecords records;
    private final DueDateChecks dueDates;
    private final java.util.function.Function<java.time.Clock, CaseRecords> recordsFactory;
    private final java.util.function.Function<java.time.Clock, DisclosureServiceImpl> factory;

    @Activate
    public DisclosureComponent(@Reference(target = "(osgi.jndi.service.name=gongkai)") DataSource dataSource,
            @Reference(target = "(" + SchemaReady.PROPERTY + "=disclosure)") SchemaReady schema,
            @Reference Transactions tx, @Reference AuditTrail audit, @Reference RegionService regions,
            @Reference WorkingDayCalendar calendar, @Reference PlatformClock clock, Config config) {
        Path keyFile = config.idKeyFile().isBlank()
                ? Path.of(System.getProperty("karaf.etc", "etc"), "gongkai", "disclosure-id.key")
                : Path.of(config.idKeyFile());
        IdCipher cipher = new IdCipher(KeyFiles.loadOrCreate(keyFile, "identity-number"));
        Jdbc jdbc = new Jdbc(dataSource);
        ApplicationStore store = new ApplicationStore(jdbc);
        CaseRecordStore recordStore = new CaseRecordStore(jdbc);
        ReportMapping mapping = new ReportMapping(ReportOverrides.parse(config.reportRowOverrides()));
        DisclosureServiceImpl.FeeSettings fees = new DisclosureServiceImpl.FeeSettings(config.feePausesClock(),
                Math.max(1, config.feePaymentDays()));
        this.letters = new LetterDesk(recordStore, agency -> letterSettings(regions, agency, config),
                new FontLocator(config.letterFont().isBlank() ? null : Path.of(config.letterFont()),
                        LetterDesk.fontDirectory()));
        this.factory = c -> new DisclosureServiceImpl(store, recordStore, tx, audit, regions, calendar, c, cipher,
                config.onlineConfirmedOnSubmission(), config.warningDays(), mapping, fees, letters);
        this.service = factory.apply(clock.clock());
        this.recordsFactory = c -> new CaseRecords(c == clock.clock() ? service : factory.apply(c), store, recordStore,
                tx, audit, calendar, c, fees);
        this.records = recordsFactory.apply(clock.clock());
        this.dueDates = new DueDateChecks(service, store, recordStore, tx, audit, calendar, clock.clock());
        DelegationDesk.Defaults delegationDefaults = new DelegationDesk.Defaults(config.delegationPrincipal(),
                config.countyReconsiderationOrgan());
        this.delegationFactory = c -> new DelegationDesk(c == clock.clock() ? service : factory.apply(c), tx, audit,
                regions, c, delegationDefaults);
        this.delegation = delegationFactory.apply(clock.clock());
        this.txs = tx;
        this.auditTrail = audit;
        this.platformClock = clock;
        this.storeRef = store;
        this.recordStoreRef = recordStore;
        this.catalog = new CatalogDesk(jdbc, tx, audit);
        this.catalog.seedIfEmpty();
        this.reports = new ReportDesk(jdbc, tx, audit, regions, mapping, store, recordStore);
        this.ledger = new LedgerDesk(store, tx, audit, regions, mapping, cipher, clock.clock());
        this.stats = new StatsDesk(jdbc, regions, calendar, config.warningDays());
        this.portal = new PublicPortal(new PublicDesk(service, store), regions, letters, clock.clock(),
                code -> new PublicPortal.GuideFacts(config.guideAddress().isBlank() ? null : config.guideAddress(),
                        config.guidePhone().isBlank() ? null : config.guidePhone(),
                        config.guideEmail().isBlank() ? null : config.guideEmail(),
                        config.guideHours().isBlank() ? null : config.guideHours(),
                        config.reconsiderationOrgan(), config.court()));
    }

    private final DelegationDesk delegation;
    private final java.util.function.Function<java.time.Clock, DelegationDesk> delegationFactory;
    private final Transactions txs;
    private final AuditTrail auditTrail;
    private final PlatformClock platformClock;
    private final ApplicationStore storeRef;
    private final CaseRecordStore recordStoreRef;
    private final LedgerDesk ledger;
    private final StatsDesk stats;
    private final CatalogDesk catalog;
    private final ReportDesk reports;
    private final LetterDesk letters;
    private final PublicPortal portal;

    /** The high-frequency reply catalog. */
    public CatalogDesk catalog() {
        return catalog;
    }

    /** The annual report. */
    public ReportDesk reports() {
        return reports;
    }

    /** The ledger import. */
    public LedgerDesk ledger() {
        return ledger;
    }

    /** The dashboard figures. */
    public StatsDesk.Stats stats(Actor actor, int year) {
        return stats.stats(actor, year, service.today());
    }

    /** The letters of cases. */
    public LetterDesk letters() {
        return letters;
    }

    PublicPortal portal() {
        return portal;
    }

    /** A letter of a case the actor may see. */
    public org.gongkai.disclosure.internal.letter.Letter letter(Actor actor, String number, long letterId) {
        ApplicationDetail d = service.detail(actor, number, false);
        return letters.letter(idOf(d), letterId);
    }

    public String letterHtml(Actor actor, String number, long letterId) {
        return letters.html(letter(actor, number, letterId));
    }

    public byte[] letterPdf(Actor actor, String number, long letterId) {
        return letters.pdf(letter(actor, number, letterId));
    }

    /** Edits a draft letter (handler while drafting, reviewer in review). */
    public ApplicationDetail editLetter(Actor caller, String number, long letterId, String title, String addressee,
            java.util.List<String> paragraphs) {
        Actor actor = service.actingOn(caller, number);
        actor.requireAnyRole(org.gongkai.platform.security.Role.HANDLER, org.gongkai.platform.security.Role.REVIEWER);
        txs.required(() -> {
            AppRow r = service.locked(actor, number);
            if (r.stage() != org.gongkai.disclosure.Stage.DRAFTING && r.stage() != org.gongkai.disclosure.Stage.REVIEW) {
                throw new org.gongkai.platform.ConflictException(org.gongkai.platform.Message.of(
                        "答复告知书在拟办和审核阶段可以修改", "Letters are edited while drafting or in review"));
            }
            letters.edit(r.id(), letterId, title, addressee, paragraphs);
            auditTrail.append(actor, "DISCLOSURE_LETTER_EDITED", DisclosureServiceImpl.OBJECT_TYPE, number,
                    "letter " + letterId);
        });
        return service.detail(actor, number, false);
    }

    /** Composes a letter on request: the reply draft again, or a third-party consultation letter. */
    public ApplicationDetail composeLetter(Actor caller, String number, String kind, String thirdParty,
            String requested, LocalDate answerDue) {
        Actor actor = service.actingOn(caller, number);
        actor.requireAnyRole(org.gongkai.platform.security.Role.HANDLER);
        txs.required(() -> {
            AppRow r = service.locked(actor, number);
            if ("REPLY".equals(kind)) {
                if (r.stage() != org.gongkai.disclosure.Stage.DRAFTING && r.stage() != org.gongkai.disclosure.Stage.REVIEW) {
                    throw new org.gongkai.platform.ConflictException(org.gongkai.platform.Message.of(
                            "拟办或审核阶段才能生成答复告知书", "The reply is composed while drafting or in review"));
                }
                letters.draftReply(r.id(), service.detail(actor, number, false), service.today(), clockNow(),
                        actor.username());
            } else if ("THIRD_PARTY".equals(kind)) {
                service.issueLetter(actor, number, r.id(), org.gongkai.disclosure.internal.letter.LetterKind.THIRD_PARTY,
                        (c, d, st, no, date) -> c.thirdParty(d, st, no, date,
                                new org.gongkai.disclosure.internal.letter.ConsultationFacts(thirdParty, requested,
                                        answerDue)));
            } else {
                throw org.gongkai.platform.ValidationException.of("kind", "只能生成答复告知书或第三方意见征询函",
                        "Only REPLY or THIRD_PARTY letters are composed on request");
            }
            auditTrail.append(actor, "DISCLOSURE_LETTER_COMPOSED", DisclosureServiceImpl.OBJECT_TYPE, number, kind);
        });
        return service.detail(actor, number, false);
    }

    private java.time.Instant clockNow() {
        return platformClock.clock().instant();
    }

    private long idOf(ApplicationDetail d) {
        return storeRef.byNumber(d.number()).orElseThrow().id();
    }

    /** The case file of an archived case as a zip; audited as a view of personal data. */
    public byte[] caseFile(Actor actor, String number) {
        ApplicationDetail d = service.detail(actor, number, true);
        return new CaseFileExport(letters, recordStoreRef).zip(d, idOf(d));
    }

    /** Suggestions from the catalog for each item of a case the actor may see. */
    public java.util.List<CatalogDesk.ItemSuggestions> suggestions(Actor actor, String number) {
        return catalog.suggest(service.detail(actor, number, false));
    }

    /** Decides an item with a catalog entry's default decision and standard text. */
    public ApplicationDetail decideFromCatalog(Actor actor, String number, int seq, String code, String year,
            String place) {
        return service.decide(actor, number, seq, catalog.decisionFrom(code, year, place), code);
    }

    /** Delegation acting at another time (demo data). */
    DelegationDesk delegationAt(java.time.Clock clock) {
        return delegationFactory.apply(clock);
    }

    @Override
    public ApplicationDetail delegate(Actor actor, String number, DelegationOrder order) {
        return delegation.delegate(actor, number, order);
    }

    @Override
    public ApplicationDetail recall(Actor actor, String number, String reason) {
        return delegation.recall(actor, number, reason);
    }

    @Override
    public java.util.List<CaseFacts> cases(Actor actor, LocalDate receivedFrom, LocalDate receivedTo,
            boolean delegatedOnly) {
        return delegation.cases(actor, receivedFrom, receivedTo, delegatedOnly);
    }

    @Override
    public CaseFacts facts(Actor actor, String number) {
        return delegation.facts(actor, number);
    }

    /** The records desk acting at another time (demo data). */
    CaseRecords recordsAt(java.time.Clock clock) {
        return recordsFactory.apply(clock);
    }

    /** The daily flags of lapsed correction and payment periods (see {@link OverdueJob}). */
    java.util.List<String> flagLapses() {
        return dueDates.flagLapses();
    }

    /** Letter settings of an agency: the county government's own acts are reviewed one level up. */
    private static LetterSettings letterSettings(RegionService regions, String agency, Config config) {
        Agency a = regions.agency(agency).orElse(null);
        boolean government = a != null && a.kind() == AgencyKind.GOVERNMENT;
        String name = a == null ? agency : a.name();
        String prefix = (a == null || a.shortName() == null ? name : a.shortName()) + "依申请公开";
        return new LetterSettings(name, government ? config.countyReconsiderationOrgan() : config.reconsiderationOrgan(),
                config.court(), prefix, config.refusalReconsiderationFirst());
    }

    @Deactivate
    void deactivate() {
        letters.close();
    }

    /** The same service acting at another time (demo data replays cases on the days they happened). */
    DisclosureServiceImpl at(java.time.Clock clock) {
        return factory.apply(clock);
    }

    /** The daily overdue check (see {@link OverdueJob}). */
    java.util.List<String> flagOverdue() {
        return dueDates.flagOverdue();
    }

    @Override
    public void handleEvent(Event event) {
        int changed = dueDates.recomputeOpen();
        LOG.info("Working-day calendar changed: reply due dates of {} open applications recomputed", changed);
    }

    @Override
    public ApplicationDetail register(Actor actor, NewApplication application) {
        return service.register(actor, application);
    }

    @Override
    public Page<ApplicationSummary> list(Actor actor, ApplicationQuery query) {
        return service.list(actor, query);
    }

    @Override
    public ApplicationDetail get(Actor actor, String number) {
        return service.get(actor, number);
    }

    @Override
    public ApplicationDetail act(Actor actor, String number, Action action, ActionInput input) {
        return service.act(actor, number, action, input);
    }

    @Override
    public ApplicationDetail decide(Actor actor, String number, int seq, ItemDecision decision) {
        return service.decide(actor, number, seq, decision);
    }

    @Override
    public ApplicationDetail startPause(Actor actor, String number, String kind, LocalDate from, String reason) {
        return service.startPause(actor, number, kind, from, reason);
    }

    @Override
    public ApplicationDetail endPause(Actor actor, String number, long pauseId, LocalDate to) {
        return service.endPause(actor, number, pauseId, to);
    }

    @Override
    public ApplicationDetail extend(Actor actor, String number, int days, String reason) {
        return service.extend(actor, number, days, reason);
    }

    @Override
    public ApplicationDetail feeNotice(Actor actor, String number, FeeMethod method, Integer pages) {
        return records.feeNotice(actor, number, method, pages);
    }

    @Override
    public ApplicationDetail feePaid(Actor actor, String number, LocalDate paidOn, String receiptNumber) {
        return records.feePaid(actor, number, paidOn, receiptNumber);
    }

    @Override
    public ApplicationDetail addRemedy(Actor actor, String number, Remedy remedy) {
        return records.addRemedy(actor, number, remedy);
    }

    @Override
    public ApplicationDetail decideRemedy(Actor actor, String number, long remedyId, RemedyResult result,
            LocalDate decidedOn, String note) {
        return records.decideRemedy(actor, number, remedyId, result, decidedOn, note);
    }

    @Override
    public ApplicationDetail attach(Actor actor, String number, String kind, String fileName, String contentType,
            byte[] data) {
        return records.attach(actor, number, kind, fileName, contentType, data);
    }

    @Override
    public AttachedFile attachment(Actor actor, String number, long attachmentId) {
        return records.attachment(actor, number, attachmentId);
    }
}
