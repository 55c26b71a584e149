package org.gongkai.disclosure.internal.letter;

import static org.gongkai.disclosure.internal.letter.LetterFixtures.DATE;
import static org.gongkai.disclosure.internal.letter.LetterFixtures.DOC_NUMBER;
import static org.gongkai.disclosure.internal.letter.LetterFixtures.SETTINGS;
import static org.gongkai.disclosure.internal.letter.LetterFixtures.app;
import static org.gongkai.disclosure.internal.letter.LetterFixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.Ground;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LetterComposerTest {
    private static final String REG = "《中华人民共和国政府信息公开条例》";
    private static final String GENERAL = "如对本答复不服，可以自收到本答复之日起六十日内向灵山县人民政府申请行政复议，"
            + "或者自收到本答复之日起六个月内向灵山县人民法院提起行政诉讼。";
    private static final String REFUSAL_FIRST = "如对本答复中不予公开的决定不服，根据《中华人民共和国行政复议法》第二十三条的规定，"
            + "应当先自收到本答复之日起六十日内向灵山县人民政府申请行政复议；对行政复议决定不服的，"
            + "可以自收到行政复议决定书之日起十五日内向灵山县人民法院提起行政诉讼。";
    private static final String OTHER_MATTERS = "对本答复其他事项不服的，可以自收到本答复之日起六十日内向灵山县人民政府申请行政复议，"
            + "或者自收到本答复之日起六个月内向灵山县人民法院提起行政诉讼。";

    private final LetterComposer composer = new LetterComposer();

    @Test
    void replyHasAnOpeningAParagraphPerItemTheRemedyAndAClosing() {
        Letter l = composer.reply(LetterFixtures.threeItems(), SETTINGS, DOC_NUMBER, DATE);

        assertEquals(LetterKind.REPLY, l.kind());
        assertEquals("v1", l.templateVersion());
        assertEquals("政府信息公开申请答复告知书", l.title());
        assertEquals(DOC_NUMBER, l.docNumber());
        assertEquals("魏某某<script>alert(1)</script>：", l.addressee());
        assertEquals("灵山县自然资源局", l.agencyName());
        assertEquals(DATE, l.date());
        assertEquals(6, l.paragraphs().size());
        assertEquals("本机关于2026年11月2日收到您提出的政府信息公开申请（申请事项：关于某某路拆迁补偿的信息）。经审查，现答复如下：",
                l.paragraphs().get(0));
        assertEquals("一、关于“灵山县2025年城区道路拆迁补偿方案”：根据" + REG + "第三十六条第（二）项之规定，该信息予以公开。"
                + "现将《灵山县2025年城区道路拆迁补偿方案》（灵政发〔2025〕8号）随本告知书提供给您。", l.paragraphs().get(1));
        assertEquals("二、关于“2025年拆迁户名单及每户补偿金额”：根据" + REG + "第三十六条第（三）项之规定，该信息不予公开。"
                + "不予公开的理由：保护第三方合法权益（" + REG + "第十五条）。" + LetterFixtures.WITHHELD.replyText(),
                l.paragraphs().get(2));
        assertEquals("三、关于“拆迁补偿资金审计报告”：根据" + REG + "第三十六条第（四）项之规定，"
                + "经检索，本机关没有制作或者获取您所申请的信息。", l.paragraphs().get(3));
        assertEquals("特此告知。", l.paragraphs().get(5));
    }

    @Test
    void mixedReplyTellsReconsiderationFirstForTheRefusalAndBothRoutesForTheRest() {
        Letter l = composer.reply(LetterFixtures.threeItems(), SETTINGS, DOC_NUMBER, DATE);
        assertEquals(REFUSAL_FIRST + OTHER_MATTERS, l.paragraphs().get(4));
    }

    @Test
    void replyRefusingEverythingHasOnlyTheReconsiderationFirstWording() {
        Letter l = composer.reply(app(List.of(LetterFixtures.WITHHELD,
                item(2, Decision.PARTIALLY_DISCLOSED, Ground.PROCESS_INFORMATION))), SETTINGS, DOC_NUMBER, DATE);
        assertEquals(REFUSAL_FIRST, l.paragraphs().get(3));
    }

    @Test
    void replyWithoutRefusalOffersReconsiderationOrSuitWithinSixMonths() {
        Letter l = composer.reply(app(List.of(LetterFixtures.DISCLOSED, LetterFixtures.NOT_HELD)), SETTINGS, DOC_NUMBER, DATE);
        assertEquals(GENERAL, l.paragraphs().get(3));
    }

    @Test
    void refusalUsesTheGeneralWordingWhenReconsiderationFirstIsSwitchedOff() {
        LetterSettings off = new LetterSettings("灵山县自然资源局", "灵山县人民政府", "灵山县人民法院", "灵政公开", false);
        Letter l = composer.reply(LetterFixtures.threeItems(), off, DOC_NUMBER, DATE);
        assertEquals(GENERAL, l.paragraphs().get(4));
        assertFalse(String.join("", l.paragraphs()).contains("十五日"));
    }

    @ParameterizedTest
    @CsvSource({"STATE_SECRET, 第十四条", "PROHIBITED_BY_LAW, 第十四条", "SECURITY_STABILITY, 第十四条",
            "THIRD_PARTY, 第十五条", "INTERNAL_AFFAIRS, 第十六条第一款", "PROCESS_INFORMATION, 第十六条第二款",
            "ENFORCEMENT_FILE, 第十六条第二款"})
    void eachGroundCitesItsArticle(Ground ground, String article) {
        Letter l = composer.reply(app(List.of(item(1, Decision.WITHHELD, ground))), SETTINGS, DOC_NUMBER, DATE);
        assertEquals("一、关于“信息1”：根据" + REG + "第三十六条第（三）项之规定，该信息不予公开。不予公开的理由："
                + ground.nameZh() + "（" + REG + article + "）。", l.paragraphs().get(1));
    }

    @Test
    void administrativeQueryHasNoArticleAndPointsToTheQueryRoute() {
        Letter l = composer.reply(app(List.of(item(1, Decision.WITHHELD, Ground.ADMINISTRATIVE_QUERY))), SETTINGS,
                DOC_NUMBER, DATE);
        assertEquals("一、关于“信息1”：根据" + REG + "第三十六条第（三）项之规定，该信息不予公开。"
                + "不予公开的理由：属于行政查询事项，请您通过相应的查询途径办理。", l.paragraphs().get(1));
    }

    @Test
    void partialDisclosureCitesArticle37AndGivesTheGroundForTheRest() {
        Letter l = composer.reply(app(List.of(item(1, Decision.PARTIALLY_DISCLOSED, Ground.INTERNAL_AFFAIRS))), SETTINGS,
                DOC_NUMBER, DATE);
        assertEquals("一、关于“信息1”：根据" + REG + "第三十七条之规定，该信息部分公开，本机关对其中可以公开的部分予以提供。"
                + "其余部分不予公开的理由：属于三类内部事务信息（" + REG + "第十六条第一款）。", l.paragraphs().get(1));
    }

    @ParameterizedTest
    @EnumSource(Decision.class)
    void everyDecisionHasAWordingAndItsArticle(Decision d) {
        Letter l = composer.reply(app(List.of(item(1, d, d.needsGround() ? Ground.STATE_SECRET : null))), SETTINGS,
                DOC_NUMBER, DATE);
        String p = l.paragraphs().get(1);
        assertTrue(p.startsWith("一、关于“信息1”：根据" + REG + d.article() + "之规定，"), p);
        assertTrue(p.length() > ("一、关于“信息1”：根据" + REG + d.article() + "之规定，").length() + 5, p);
        assertEquals(d.needsGround(), p.contains("不予公开的理由"), p);
    }

    @Test
    void groundOfADecisionThatNeedsNoneIsIgnored() {
        Letter l = composer.reply(app(List.of(item(1, Decision.DISCLOSED, Ground.STATE_SECRET))), SETTINGS, DOC_NUMBER,
                DATE);
        assertFalse(l.paragraphs().get(1).contains("国家秘密"));
    }

    @Test
    void undecidedItemsAndMissingGroundsAreReportedTogether() {
        ValidationException e = assertThrows(ValidationException.class, () -> composer.reply(
                app(List.of(item(1, null, null), item(2, Decision.WITHHELD, null))), SETTINGS, DOC_NUMBER, DATE));
        assertEquals(List.of("items[0].decision", "items[1].ground"), fields(e));
        assertEquals("第二项为不予公开，须说明不予公开的理由", e.fieldErrors().get(1).zh());
    }

    @Test
    void replyNeedsTheRemedySettingsAndTheReceiptDate() {
        ApplicationDetail a = LetterFixtures.threeItems();
        ApplicationDetail noReceipt = new ApplicationDetail(a.number(), a.title(), a.channel(), a.submittedOn(), null,
                null, null, a.applicant(), a.agencyCode(), a.agencyName(), a.stage(), a.form(), a.receiveBy(), a.items(),
                null, List.of(), 0, null, List.of(), List.of());
        ValidationException e = assertThrows(ValidationException.class, () -> composer.reply(noReceipt,
                new LetterSettings("", " ", null, "灵政公开", true), DOC_NUMBER, DATE));
        assertEquals(List.of("receiptDate", "reconsiderationOrgan", "court"), fields(e));
    }

    @Test
    void agencyNameFallsBackToTheCaseWhenNotConfigured() {
        LetterSettings noName = new LetterSettings(null, "灵山县人民政府", "灵山县人民法院", "灵政公开", true);
        assertEquals("灵山县自然资源局（案件）",
                composer.reply(LetterFixtures.threeItems(), noName, DOC_NUMBER, DATE).agencyName());
    }

    @Test
    void placeholdersInStaffTextAreNotExpanded() {
        ApplicationDetail a = app(List.of(new ApplicationDetail.Item(1, "{title}的说明", Decision.DISCLOSED, null,
                "请到{court}领取。")));
        Letter l = composer.reply(a, SETTINGS, DOC_NUMBER, DATE);
        assertEquals("一、关于“{title}的说明”：根据" + REG + "第三十六条第（二）项之规定，该信息予以公开。请到{court}领取。",
                l.paragraphs().get(1));
    }

    @Test
    void lineBreaksInsideItemTextBecomeSpaces() {
        ApplicationDetail a = app(List.of(new ApplicationDetail.Item(1, "第一行\r\n  第二行", Decision.DISCLOSED, null, null)));
        assertTrue(composer.reply(a, SETTINGS, DOC_NUMBER, DATE).paragraphs().get(1).startsWith("一、关于“第一行 第二行”"));
    }

    @Test
    void correctionTellsWhatToCorrectThePeriodAndTheConsequence() {
        Letter l = composer.correction(LetterFixtures.threeItems(), SETTINGS, "灵政公开〔2026〕第3号", LocalDate.of(2026, 11, 5),
                new CorrectionFacts("1. 请写明所需信息的文件名称或文号；\n\n2. 请写明所需信息的形成年份。", LocalDate.of(2026, 11, 20)));
        assertEquals(LetterKind.CORRECTION, l.kind());
        assertEquals("政府信息公开申请补正告知书", l.title());
        assertEquals(List.of(
                "本机关于2026年11月2日收到您提出的政府信息公开申请（申请事项：关于某某路拆迁补偿的信息）。经审查，您的申请内容不明确。"
                        + "根据" + REG + "第三十条之规定，现一次性告知您需要补正的事项如下：",
                "1. 请写明所需信息的文件名称或文号；", "2. 请写明所需信息的形成年份。",
                "请您于2026年11月20日前（含当日）向本机关提交补正后的申请。答复期限自本机关收到补正后的申请之日起计算。",
                "您无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。", "特此告知。"), l.paragraphs());
    }

    @Test
    void correctionDeadlineMustFollowTheLetterAndTextIsRequired() {
        ValidationException e = assertThrows(ValidationException.class, () -> composer.correction(
                LetterFixtures.threeItems(), SETTINGS, "", DATE, new CorrectionFacts("  ", DATE)));
        assertEquals(List.of("whatToCorrect", "deadline"), fields(e));
    }

    @Test
    void extensionStatesArticle33TheDaysAndTheNewDueDate() {
        Letter l = composer.extension(LetterFixtures.threeItems(), SETTINGS, DOC_NUMBER, DATE,
                new ExtensionFacts(15, LocalDate.of(2026, 12, 17), "所申请信息涉及多个部门，需要协调核实"));
        assertEquals(List.of("本机关于2026年11月2日收到您提出的政府信息公开申请（申请事项：关于某某路拆迁补偿的信息）。"
                + "因所申请信息涉及多个部门，需要协调核实，本机关不能在规定期限内作出答复。根据" + REG + "第三十三条第二款之规定，"
                + "经本机关政府信息公开工作机构负责人同意，答复期限延长15个工作日，本机关将于2026年12月17日前作出答复。", "特此告知。"),
                l.paragraphs());
    }

    @ParameterizedTest
    @CsvSource({"0", "21", "-1"})
    void extensionIsOneToTwentyWorkingDays(int days) {
        ValidationException e = assertThrows(ValidationException.class, () -> composer.extension(
                LetterFixtures.threeItems(), SETTINGS, DOC_NUMBER, DATE, new ExtensionFacts(days, DATE.plusDays(30), "原因")));
        assertEquals(List.of("extensionDays"), fields(e));
    }

    @Test
    void twentyDaysIsTheLongestExtensionAllowed() {
        Letter l = composer.extension(LetterFixtures.threeItems(), SETTINGS, DOC_NUMBER, DATE,
                new ExtensionFacts(20, DATE.plusDays(30), "原因"));
        assertTrue(l.paragraphs().get(0).contains("答复期限延长20个工作日"));
    }

    @Test
    void thirdPartyLetterGoesToTheThirdPartyAndDoesNotNameTheApplicant() {
        Letter l = composer.thirdParty(LetterFixtures.threeItems(), SETTINGS, DOC_NUMBER, DATE,
                new ConsultationFacts("某某建材有限公司", null, LocalDate.of(2026, 12, 17)));
        assertEquals("某某建材有限公司：", l.addressee());
        assertEquals("政府信息公开第三方意见征询函", l.title());
        assertEquals("本机关于2026年11月2日收到申请人提出的政府信息公开申请（申请事项：关于某某路拆迁补偿的信息），申请公开以下信息："
                + "“灵山县2025年城区道路拆迁补偿方案”；“2025年拆迁户名单及每户补偿金额”；“拆迁补偿资金审计报告”。",
                l.paragraphs().get(0));
        assertTrue(l.paragraphs().get(1).contains("第三十二条"));
        assertTrue(l.paragraphs().get(1).contains("请于2026年12月17日前（自收到本函之日起十五个工作日内）"));
        assertEquals("逾期未提出意见的，由本机关依照" + REG + "的规定决定是否公开。", l.paragraphs().get(2));
        assertFalse(String.join("", l.paragraphs()).contains("魏某某"));
        assertFalse(l.addressee().contains("魏某某"));
    }

    @Test
    void thirdPartyLetterUsesStaffTextForTheInformationWhenGiven() {
        Letter l = composer.thirdParty(LetterFixtures.threeItems(), SETTINGS, DOC_NUMBER, DATE,
                new ConsultationFacts("某某建材有限公司", "贵公司2025年报送的环境影响评价报告。", DATE.plusDays(21)));
        assertTrue(l.paragraphs().get(0).endsWith("申请公开以下信息：贵公司2025年报送的环境影响评价报告。"), l.paragraphs().get(0));
    }

    @Test
    void feeNoticeStatesMethodCountAmountTreasuryAndConsequence() {
        Letter l = composer.fee(LetterFixtures.threeItems(), SETTINGS, DOC_NUMBER, DATE,
                new FeeFacts(FeeFacts.Method.PER_VOLUME, 35, new BigDecimal("50"), LocalDate.of(2026, 12, 24),
                        "扫描本通知所附非税收入缴款码"));
        assertTrue(l.paragraphs().get(0).contains("第四十二条和《政府信息公开信息处理费管理办法》"), l.paragraphs().get(0));
        assertEquals("计收方式：按量计收；计费页数：35页；应缴金额：人民币50.00元。", l.paragraphs().get(1));
        assertEquals("请您于2026年12月24日前（自收到本通知次日起二十个工作日内）通过扫描本通知所附非税收入缴款码缴纳上述费用，"
                + "所缴费用全额上缴国库。自本机关发出本通知之日至您缴纳费用之日的期间，不计算在答复期限内。", l.paragraphs().get(2));
        assertEquals("您逾期未缴纳信息处理费的，本机关不再处理您的政府信息公开申请。", l.paragraphs().get(3));
        Letter perApplication = composer.fee(LetterFixtures.threeItems(), SETTINGS, DOC_NUMBER, DATE,
                new FeeFacts(FeeFacts.Method.PER_APPLICATION, 12, new BigDecimal("200.5"), DATE.plusDays(28), "银行转账"));
        assertEquals("计收方式：按件计收；计费件数：12件；应缴金额：人民币200.50元。", perApplication.paragraphs().get(1));
    }

    @Test
    void feeAmountMustBePositiveWithAtMostTwoDecimals() {
        ValidationException e = assertThrows(ValidationException.class, () -> composer.fee(LetterFixtures.threeItems(),
                SETTINGS, DOC_NUMBER, DATE, new FeeFacts(null, 0, new BigDecimal("0.001"), DATE, "")));
        assertEquals(List.of("method", "count", "amount", "paymentChannel", "paymentDue"), fields(e));
        assertThrows(ValidationException.class, () -> composer.fee(LetterFixtures.threeItems(), SETTINGS, DOC_NUMBER, DATE,
                new FeeFacts(FeeFacts.Method.PER_VOLUME, 1, BigDecimal.ZERO, DATE.plusDays(1), "银行转账")));
    }

    @Test
    void reasonsNoticeCitesArticle35WithStaffObservationAndDueDate() {
        Letter l = composer.reasons(LetterFixtures.threeItems(), SETTINGS, DOC_NUMBER, DATE,
                new ReasonsFacts("您自2026年1月以来共提出申请56件", LocalDate.of(2026, 12, 10)));
        assertEquals("本机关于2026年11月2日收到您提出的政府信息公开申请（申请事项：关于某某路拆迁补偿的信息）。"
                + "经审查，您申请公开政府信息的数量、频次明显超过合理范围。您自2026年1月以来共提出申请56件。根据" + REG
                + "第三十五条之规定，请您于2026年12月10日前向本机关书面说明理由。", l.paragraphs().get(0));
        assertEquals(3, l.paragraphs().size());
        Letter noObservation = composer.reasons(LetterFixtures.threeItems(), SETTINGS, DOC_NUMBER, DATE,
                new ReasonsFacts(null, LocalDate.of(2026, 12, 10)));
        assertTrue(noObservation.paragraphs().get(0).contains("明显超过合理范围。根据"));
    }

    @Test
    void unknownOrUnsafeTemplateVersionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new LetterComposer("v9"));
        assertThrows(IllegalArgumentException.class, () -> new LetterComposer("../v1"));
        assertEquals("v1", new LetterComposer("v1").templateVersion());
    }

    @Test
    void docNumberIsPrefixYearAndSequence() {
        assertEquals("灵政公开〔2026〕第12号", SETTINGS.docNumber(2026, 12));
        assertThrows(IllegalArgumentException.class, () -> SETTINGS.docNumber(2026, 0));
    }

    private static List<String> fields(ValidationException e) {
        List<String> out = new ArrayList<>();
        for (FieldError f : e.fieldErrors()) {
            out.add(f.field());
        }
        return out;
    }
}
