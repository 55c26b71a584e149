package org.gongkai.disclosure.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.internal.letter.CjkFont;
import org.gongkai.disclosure.internal.letter.FontLocator;
import org.gongkai.disclosure.internal.letter.Letter;
import org.gongkai.disclosure.internal.letter.LetterComposer;
import org.gongkai.disclosure.internal.letter.LetterHtml;
import org.gongkai.disclosure.internal.letter.LetterKind;
import org.gongkai.disclosure.internal.letter.LetterPdf;
import org.gongkai.disclosure.internal.letter.LetterSettings;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.Message;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.ValidationException;

/**
 * Letters of a case, stored as the composed text ({@link Letter} as JSON) so what was issued prints the same way
 * forever. The reply letter is a draft from submission for review until approval issues it (numbered and dated);
 * the other letters are issued by the action that needs them. PDF rendering loads the Chinese font on first use.
 */
public final class LetterDesk {
    static final int MAX_PARAGRAPHS = 200;
    static final int MAX_PARAGRAPH = 4000;

    private final CaseRecordStore records;
    private final Function<String, LetterSettings> settings;
    private final FontLocator fonts;
    private final LetterComposer composer = new LetterComposer();
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private volatile LetterPdf pdf;
    private CjkFont font;

    LetterDesk(CaseRecordStore records, Function<String, LetterSettings> settings, FontLocator fonts) {
        this.records = records;
        this.settings = settings;
        this.fonts = fonts;
    }

    static String kindZh(String kind) {
        try {
            return LetterKind.valueOf(kind).nameZh();
        } catch (IllegalArgumentException e) {
            return kind;
        }
    }

    /** Composes the reply letter as a draft, replacing an earlier draft (called inside the case's transaction). */
    void draftReply(long id, ApplicationDetail d, LocalDate today, Instant now, String by) {
        Letter l = composer.reply(d, settingsOf(d), "", today);
        Optional<CaseRecordStore.StoredLetter> draft = draftOf(id, LetterKind.REPLY);
        if (draft.isPresent()) {
            records.updateLetterBody(draft.get().id(), write(l));
        } else {
            records.insertLetter(id, LetterKind.REPLY.name(), l.templateVersion(), write(l), now, by);
        }
    }

    /** Issues the reply at approval: numbered and dated today; composed now if nobody drafted it. */
    void issueReply(long id, ApplicationDetail d, LocalDate today, Instant now, String by) {
        if (draftOf(id, LetterKind.REPLY).isEmpty()) {
            draftReply(id, d, today, now, by);
        }
        CaseRecordStore.StoredLetter draft = draftOf(id, LetterKind.REPLY).orElseThrow();
        Letter l = read(draft.body());
        String no = docNumber(d, today);
        Letter issued = new Letter(l.kind(), l.templateVersion(), no, l.title(), l.addressee(), l.paragraphs(),
                l.agencyName(), today);
        records.issueLetter(draft.id(), no, write(issued), today);
    }

    /** Issues a letter composed by an action (correction, extension, fee, reasons, consultation). */
    long issue(long id, ApplicationDetail d, LetterKind kind, LocalDate today, Instant now, String by,
            Composition compose) {
        LetterSettings s = settingsOf(d);
        String no = docNumber(d, today);
        Letter l = compose.compose(composer, d, s, no, today);
        long lid = records.insertLetter(id, kind.name(), l.templateVersion(), write(l), now, by);
        records.issueLetter(lid, no, write(l), today);
        return lid;
    }

    /** How an action composes its letter. */
    @FunctionalInterface
    interface Composition {
        Letter compose(LetterComposer composer, ApplicationDetail d, LetterSettings s, String docNumber, LocalDate date);
    }

    /** Staff's edit of a draft: title, salutation and paragraphs. */
    void edit(long id, long letterId, String title, String addressee, List<String> paragraphs) {
        CaseRecordStore.StoredLetter stored = records.letter(id, letterId)
                .orElseThrow(() -> new NotFoundException("文书 letter", Long.toString(letterId)));
        if (!"DRAFT".equals(stored.status())) {
            throw new ConflictException(Message.of("已签发的文书不能修改", "An issued letter cannot be changed"));
        }
        if (title == null || title.isBlank() || title.length() > 100) {
            throw ValidationException.of("title", "标题不能为空，且不超过 100 个字符", "A title of at most 100 characters");
        }
        if (paragraphs == null || paragraphs.isEmpty() || paragraphs.size() > MAX_PARAGRAPHS
                || paragraphs.stream().anyMatch(p -> p == null || p.length() > MAX_PARAGRAPH)) {
            throw ValidationException.of("paragraphs", "正文须有 1–200 段，每段不超过 4000 个字符",
                    "1–200 paragraphs of at most 4000 characters");
        }
        Letter l = read(stored.body());
        Letter edited = new Letter(l.kind(), l.templateVersion(), l.docNumber(), title.strip(),
                addressee == null ? l.addressee() : addressee.strip(),
                paragraphs.stream().map(String::strip).filter(p -> !p.isEmpty()).toList(), l.agencyName(), l.date());
        records.updateLetterBody(letterId, write(edited));
    }

    Letter letter(long id, long letterId) {
        return read(records.letter(id, letterId)
                .orElseThrow(() -> new NotFoundException("文书 letter", Long.toString(letterId))).body());
    }

    String html(Letter l) {
        return LetterHtml.render(l);
    }

    byte[] pdf(Letter l) {
        return renderer().render(l);
    }

    /** The issued reply as PDF, for the applicant who chose online delivery. */
    byte[] issuedReplyPdf(ApplicationDetail d) {
        ApplicationDetail.LetterInfo info = d.letters().stream()
                .filter(l -> "REPLY".equals(l.kind()) && "ISSUED".equals(l.status())).reduce((a, b) -> b)
                .orElseThrow(() -> new NotFoundException("答复告知书 reply letter", d.number()));
        CaseRecordStore.StoredLetter stored = records.letterById(info.id()).orElseThrow();
        return pdf(read(stored.body()));
    }

    /** Closes the font file. */
    synchronized void close() {
        if (font != null) {
            try {
                font.close();
            } catch (IOException e) {
                // nothing to do when closing
            }
        }
    }

    private LetterPdf renderer() {
        LetterPdf p = pdf;
        if (p == null) {
            synchronized (this) {
                if (pdf == null) {
                    font = fonts.locate();
                    pdf = new LetterPdf(font);
                }
                p = pdf;
            }
        }
        return p;
    }

    /** The letter's number from the signing agency's counter: the zone's for a delegated case. */
    private String docNumber(ApplicationDetail d, LocalDate today) {
        String signer = d.handlingAgencyCode() != null ? d.handlingAgencyCode() : d.agencyCode();
        int seq = records.nextDocNumber(signer, today.getYear());
        return settingsOf(d).docNumber(today.getYear(), seq);
    }

    /**
     * The settings a case's letters are composed with: its agency's, or for a delegated case the zone's (it signs)
     * on the government's behalf, with the principal and reconsideration organ kept on the case.
     */
    LetterSettings settingsOf(ApplicationDetail d) {
        ApplicationDetail.Delegation g = d.delegation();
        if (g == null) {
            return settings.apply(d.agencyCode());
        }
        return settings.apply(g.handlingAgencyCode()).onBehalfOf(g.principal(), g.reconsiderationOrgan());
    }

    /** Composes the reply draft again, when there is one, after the case changed hands (delegation, recall). */
    void redraftReply(long id, ApplicationDetail d, LocalDate today, Instant now, String by) {
        if (draftOf(id, LetterKind.REPLY).isPresent()) {
            draftReply(id, d, today, now, by);
        }
    }

    private Optional<CaseRecordStore.StoredLetter> draftOf(long id, LetterKind kind) {
        return records.letters(id).stream().filter(l -> l.kind().equals(kind.name()) && "DRAFT".equals(l.status()))
                .findFirst();
    }

    private String write(Letter l) {
        try {
            return json.writeValueAsString(l);
        } catch (IOException e) {
            throw new IllegalStateException("cannot store a letter", e);
        }
    }

    private Letter read(String body) {
        try {
            return json.readValue(body, Letter.class);
        } catch (IOException e) {
            throw new IllegalStateException("a stored letter cannot be read", e);
        }
    }

    static Path fontDirectory() {
        return Path.of(System.getProperty("karaf.etc", "etc"), "gongkai", "fonts");
    }
}
