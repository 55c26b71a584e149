package org.gongkai.disclosure.internal.letter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.Ground;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.Inputs;

/**
 * Composes the letters of a case from the case, the agency's settings and each kind's own facts, with the texts of
 * one template version. Inputs a letter cannot be written without are reported together as a
 * {@link org.gongkai.platform.ValidationException}; nothing is looked up, so the caller passes dates already computed.
 */
public final class LetterComposer {
    /** The template version new letters are composed with. */
    public static final String CURRENT_VERSION = "v1";
    /** The most items one reply numbers (一 to 九十九). */
    static final int MAX_ITEMS = 99;

    private final LetterTemplates templates;

    /** A composer with the current templates. */
    public LetterComposer() {
        this(CURRENT_VERSION);
    }

    /** A composer with the templates of {@code version}, e.g. to regenerate a letter issued under it. */
    public LetterComposer(String version) {
        this.templates = LetterTemplates.load(version);
    }

    public String templateVersion() {
        return templates.version();
    }

    /** The 答复告知书: a paragraph per item with its article, grounds and staff's text, then the remedies. */
    public Letter reply(ApplicationDetail app, LetterSettings settings, String docNumber, LocalDate date) {
        List<FieldError> errors = new ArrayList<>();
        checkCase(app, date, errors);
        checkRemedySettings(settings, errors);
        List<ApplicationDetail.Item> items = app == null || app.items() == null ? List.of() : app.items();
        if (items.isEmpty()) {
            errors.add(FieldError.of("items", "申请没有所需信息项，无法答复", "The application has no items to reply on"));
        } else if (items.size() > MAX_ITEMS) {
            errors.add(FieldError.of("items", "一封答复最多" + MAX_ITEMS + "项", "At most " + MAX_ITEMS + " items in one reply"));
        }
        for (int i = 0; i < items.size(); i++) {
            ApplicationDetail.Item item = items.get(i);
            String n = ChineseFormat.numeral(Math.min(i + 1, MAX_ITEMS));
            if (item.decision() == null) {
                errors.add(FieldError.of("items[" + i + "].decision", "第" + n + "项尚未作出决定",
                        "Item " + (i + 1) + " has no decision yet"));
            } else if (item.decision().needsGround() && item.ground() == null) {
                errors.add(FieldError.of("items[" + i + "].ground", "第" + n + "项为" + item.decision().nameZh() + "，须说明不予公开的理由",
                        "Item " + (i + 1) + " is " + item.decision().nameEn() + " and needs a ground"));
            }
        }
        Inputs.check(errors);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(replyOpening(app, settings));
        for (int i = 0; i < items.size(); i++) {
            paragraphs.add(itemParagraph(i + 1, items.get(i)));
        }
        paragraphs.add(remedy(items, settings));
        paragraphs.add(templates.text("reply.closing"));
        return letter(LetterKind.REPLY, app, settings, docNumber, date, addressee(app), paragraphs);
    }

    /** The 补正告知书 (Art. 30): what to correct, the period, and that silence means the application is abandoned. */
    public Letter correction(ApplicationDetail app, LetterSettings settings, String docNumber, LocalDate date,
            CorrectionFacts facts) {
        List<FieldError> errors = new ArrayList<>();
        checkCase(app, date, errors);
        if (facts == null || blank(facts.whatToCorrect())) {
            errors.add(FieldError.of("whatToCorrect", "请写明需要补正的事项", "Say what must be corrected"));
        }
        checkAfter(errors, "deadline", facts == null ? null : facts.deadline(), date, "补正期限");
        Inputs.check(errors);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(templates.fill("correction.intro", opening(app)));
        facts.whatToCorrect().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(paragraphs::add);
        paragraphs.add(templates.fill("correction.period", Map.of("deadline", ChineseFormat.date(facts.deadline()))));
        paragraphs.add(templates.text("correction.consequence"));
        paragraphs.add(templates.text("correction.closing"));
        return letter(LetterKind.CORRECTION, app, settings, docNumber, date, addressee(app), paragraphs);
    }

    /** The 延期答复告知书 (Art. 33 para 2): the reason, the extension of at most 20 working days and the new due date. */
    public Letter extension(ApplicationDetail app, LetterSettings settings, String docNumber, LocalDate date,
            ExtensionFacts facts) {
        List<FieldError> errors = new ArrayList<>();
        checkCase(app, date, errors);
        if (facts == null || facts.extensionDays() < 1 || facts.extensionDays() > ExtensionFacts.MAX_EXTENSION_DAYS) {
            errors.add(FieldError.of("extensionDays", "延长期限须为1至20个工作日（第三十三条第二款）",
                    "The extension must be 1 to 20 working days (Art. 33 para 2)"));
        }
        if (facts == null || blank(facts.reason())) {
            errors.add(FieldError.of("reason", "请写明延期答复的理由", "Give the reason for the extension"));
        }
        checkAfter(errors, "newReplyDue", facts == null ? null : facts.newReplyDue(), date, "延期后的答复期限");
        Inputs.check(errors);
        Map<String, String> values = opening(app);
        values.put("reason", inline(facts.reason()));
        values.put("days", String.valueOf(facts.extensionDays()));
        values.put("newReplyDue", ChineseFormat.date(facts.newReplyDue()));
        List<String> paragraphs = List.of(templates.fill("extension.body", values), templates.text("extension.closing"));
        return letter(LetterKind.EXTENSION, app, settings, docNumber, date, addressee(app), paragraphs);
    }

    /** The 第三方意见征询函 (Art. 32), addressed to the third party; it does not name the applicant. */
    public Letter thirdParty(ApplicationDetail app, LetterSettings settings, String docNumber, LocalDate date,
            ConsultationFacts facts) {
        List<FieldError> errors = new ArrayList<>();
        checkCase(app, date, errors);
        if (facts == null || blank(facts.thirdPartyName())) {
            errors.add(FieldError.of("thirdPartyName", "请填写第三方名称", "Name the third party"));
        }
        String requested = facts == null ? null : facts.requestedInformation();
        if (blank(requested) && app != null && app.items() != null) {
            requested = app.items().stream().map(i -> "“" + inline(i.description()) + "”")
                    .collect(Collectors.joining("；"));
        }
        if (blank(requested)) {
            errors.add(FieldError.of("requestedInformation", "请写明征询涉及的信息", "Say which information is concerned"));
        }
        checkAfter(errors, "answerDue", facts == null ? null : facts.answerDue(), date, "答复意见期限");
        Inputs.check(errors);
        Map<String, String> values = opening(app);
        String req = inline(requested);
        values.put("requested", req.endsWith("。") ? req : req + "。");
        List<String> paragraphs = List.of(templates.fill("thirdParty.request", values),
                templates.fill("thirdParty.ask", Map.of("answerDue", ChineseFormat.date(facts.answerDue()))),
                templates.text("thirdParty.noAnswer"), templates.text("thirdParty.objection"),
                templates.text("thirdParty.closing"));
        return letter(LetterKind.THIRD_PARTY, app, settings, docNumber, date, inline(facts.thirdPartyName()) + "：",
                paragraphs);
    }

    /** The 收费通知 (Art. 42): method, count, amount, payment period, the treasury, and what non-payment means. */
    public Letter fee(ApplicationDetail app, LetterSettings settings, String docNumber, LocalDate date, FeeFacts facts) {
        List<FieldError> errors = new ArrayList<>();
        checkCase(app, date, errors);
        if (facts == null || facts.method() == null) {
            errors.add(FieldError.of("method", "请选择计收方式（按件或按量）", "Choose per application or per volume"));
        }
        if (facts == null || facts.count() < 1) {
            errors.add(FieldError.of("count", "计费件数或页数须大于零", "The charged count must be positive"));
        }
        BigDecimal amount = facts == null ? null : facts.amount();
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            errors.add(FieldError.of("amount", "收费金额须大于零且最多两位小数", "The amount must be positive with at most two decimals"));
        }
        if (facts == null || blank(facts.paymentChannel())) {
            errors.add(FieldError.of("paymentChannel", "请写明缴费方式", "Say how to pay"));
        }
        checkAfter(errors, "paymentDue", facts == null ? null : facts.paymentDue(), date, "缴费期限");
        Inputs.check(errors);
        List<String> paragraphs = List.of(templates.fill("fee.basis", opening(app)),
                templates.fill("fee.amount", Map.of("method", facts.method().nameZh(), "countLabel",
                        facts.method().countLabel(), "count", String.valueOf(facts.count()), "unit", facts.method().unit(),
                        "amount", ChineseFormat.yuan(amount))),
                templates.fill("fee.payment", Map.of("paymentDue", ChineseFormat.date(facts.paymentDue()), "channel",
                        inline(facts.paymentChannel()))),
                templates.text("fee.consequence"), templates.text("fee.closing"));
        return letter(LetterKind.FEE, app, settings, docNumber, date, addressee(app), paragraphs);
    }

    /** The 说明理由通知 (Art. 35): asks for the reasons for the quantity or frequency of requests by a due date. */
    public Letter reasons(ApplicationDetail app, LetterSettings settings, String docNumber, LocalDate date,
            ReasonsFacts facts) {
        List<FieldError> errors = new ArrayList<>();
        checkCase(app, date, errors);
        checkAfter(errors, "due", facts == null ? null : facts.due(), date, "说明理由期限");
        Inputs.check(errors);
        Map<String, String> values = opening(app);
        String observation = blank(facts.observation()) ? "" : inline(facts.observation());
        values.put("observation", observation.isEmpty() || observation.endsWith("。") ? observation : observation + "。");
        values.put("due", ChineseFormat.date(facts.due()));
        List<String> paragraphs = List.of(templates.fill("reasons.body", values), templates.text("reasons.effect"),
                templates.text("reasons.closing"));
        return letter(LetterKind.REASONS, app, settings, docNumber, date, addressee(app), paragraphs);
    }

    /** The article of the Regulation a ground rests on, or null for 行政查询事项, which has none. */
    static String groundArticle(Ground ground) {
        return switch (ground) {
            case STATE_SECRET, PROHIBITED_BY_LAW, SECURITY_STABILITY -> "第十四条";
            case THIRD_PARTY -> "第十五条";
            case INTERNAL_AFFAIRS -> "第十六条第一款";
            case PROCESS_INFORMATION, ENFORCEMENT_FILE -> "第十六条第二款";
            case ADMINISTRATIVE_QUERY -> null;
        };
    }

    /** Refusals, for the 复议前置 wording: 不予公开 and the withheld part of 部分公开. */
    static boolean isRefusal(Decision d) {
        return d == Decision.WITHHELD || d == Decision.PARTIALLY_DISCLOSED;
    }

    private String itemParagraph(int position, ApplicationDetail.Item item) {
        Decision d = item.decision();
        String ground = "";
        if (d.needsGround()) {
            String article = groundArticle(item.ground());
            String key = (d == Decision.PARTIALLY_DISCLOSED ? "reply.ground.partial" : "reply.ground")
                    + (article == null ? ".noArticle" : "");
            ground = templates.fill(key, article == null ? Map.of("ground", item.ground().nameZh())
                    : Map.of("ground", item.ground().nameZh(), "groundArticle", article));
        }
        return templates.fill("reply.item", Map.of("ordinal", ChineseFormat.numeral(position), "description",
                inline(item.description()), "article", d.article(), "decision", templates.text("reply.decision." + d.name()),
                "ground", ground, "replyText", blank(item.replyText()) ? "" : inline(item.replyText())));
    }

    /** The reply's first paragraph; a zone answering on the government's behalf says so (受县政府委托). */
    private String replyOpening(ApplicationDetail app, LetterSettings settings) {
        if (settings == null || blank(settings.principal())) {
            return templates.fill("reply.opening", opening(app));
        }
        Map<String, String> values = opening(app);
        values.put("principal", settings.principal().strip());
        return templates.fill("reply.opening.delegated", values);
    }

    private String remedy(List<ApplicationDetail.Item> items, LetterSettings settings) {
        Map<String, String> values = Map.of("reconsiderationOrgan", settings.reconsiderationOrgan().strip(), "court",
                settings.court().strip());
        boolean anyRefusal = items.stream().anyMatch(i -> isRefusal(i.decision()));
        if (!settings.refusalReconsiderationFirst() || !anyRefusal) {
            return templates.fill("remedy.general", values);
        }
        boolean anyOther = items.stream().anyMatch(i -> !isRefusal(i.decision()));
        return templates.fill("remedy.refusalFirst", values) + (anyOther ? templates.fill("remedy.otherMatters", values) : "");
    }

    private Letter letter(LetterKind kind, ApplicationDetail app, LetterSettings settings, String docNumber,
            LocalDate date, String addressee, List<String> paragraphs) {
        String agency = settings != null && !blank(settings.agencyName()) ? settings.agencyName().strip()
                : inline(app.agencyName());
        return new Letter(kind, templates.version(), docNumber == null ? "" : docNumber.strip(), kind.defaultTitle(),
                addressee, paragraphs, agency, date);
    }

    private static Map<String, String> opening(ApplicationDetail app) {
        Map<String, String> values = new HashMap<>();
        values.put("receiptDate", ChineseFormat.date(app.receiptDate()));
        values.put("title", inline(app.title()));
        return values;
    }

    private static String addressee(ApplicationDetail app) {
        return inline(app.applicant().name()) + "：";
    }

    private static void checkCase(ApplicationDetail app, LocalDate date, List<FieldError> errors) {
        if (app == null) {
            throw new IllegalArgumentException("application is required");
        }
        if (date == null) {
            errors.add(FieldError.of("date", "请填写成文日期", "Give the date of the letter"));
        }
        if (app.receiptDate() == null) {
            errors.add(FieldError.of("receiptDate", "尚未确定收到申请之日", "The date of receipt is not fixed yet"));
        }
        if (blank(app.title())) {
            errors.add(FieldError.of("title", "申请没有标题", "The application has no title"));
        }
        if (app.applicant() == null || blank(app.applicant().name())) {
            errors.add(FieldError.of("applicantName", "缺少申请人姓名或名称", "The applicant's name is missing"));
        }
    }

    private static void checkRemedySettings(LetterSettings settings, List<FieldError> errors) {
        if (settings == null || blank(settings.reconsiderationOrgan())) {
            errors.add(FieldError.of("reconsiderationOrgan", "未配置行政复议机关", "The reconsideration organ is not configured"));
        }
        if (settings == null || blank(settings.court())) {
            errors.add(FieldError.of("court", "未配置行政诉讼管辖法院", "The court is not configured"));
        }
    }

    private static void checkAfter(List<FieldError> errors, String field, LocalDate due, LocalDate date, String what) {
        if (due == null) {
            errors.add(FieldError.of(field, "请填写" + what, "Give the date: " + field));
        } else if (date != null && !due.isAfter(date)) {
            errors.add(FieldError.of(field, what + "须晚于成文日期", field + " must be after the date of the letter"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** User text put inside a sentence: runs of white space (line breaks included) become one space. */
    private static String inline(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
