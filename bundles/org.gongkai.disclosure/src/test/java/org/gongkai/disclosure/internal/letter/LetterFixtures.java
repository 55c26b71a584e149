package org.gongkai.disclosure.internal.letter;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.Ground;
import org.gongkai.disclosure.ReceiveBy;
import org.gongkai.disclosure.RequiredForm;
import org.gongkai.disclosure.Stage;

/** Hand-built cases and settings shared by the letter tests. */
final class LetterFixtures {
    static final String NAME = "魏某某<script>alert(1)</script>";
    static final String TITLE = "关于某某路拆迁补偿的信息";
    static final LocalDate RECEIVED = LocalDate.of(2026, 11, 2);
    static final LocalDate DATE = LocalDate.of(2026, 11, 26);
    static final String DOC_NUMBER = "灵政公开〔2026〕第12号";
    static final String AGENCY = "灵山县自然资源局";
    static final LetterSettings SETTINGS = new LetterSettings(AGENCY, "灵山县人民政府", "灵山县人民法院", "灵政公开", true);

    static final ApplicationDetail.Item DISCLOSED = new ApplicationDetail.Item(1, "灵山县2025年城区道路拆迁补偿方案",
            Decision.DISCLOSED, null, "现将《灵山县2025年城区道路拆迁补偿方案》（灵政发〔2025〕8号）随本告知书提供给您。");
    static final ApplicationDetail.Item WITHHELD = new ApplicationDetail.Item(2, "2025年拆迁户名单及每户补偿金额",
            Decision.WITHHELD, Ground.THIRD_PARTY,
            "该名单载有被征收人的姓名、身份证号码、家庭住址和补偿金额等个人信息，本机关于2026年11月10日书面征求了相关第三方的意见，"
                    + "第三方均不同意公开，且公开后可能对其合法权益造成损害，本机关经审查认为不公开不会对公共利益造成重大影响。");
    static final ApplicationDetail.Item NOT_HELD = new ApplicationDetail.Item(3, "拆迁补偿资金审计报告", Decision.NOT_HELD,
            null, null);

    private LetterFixtures() {
    }

    static ApplicationDetail app(List<ApplicationDetail.Item> items) {
        return app(NAME, items);
    }

    static ApplicationDetail app(String applicantName, List<ApplicationDetail.Item> items) {
        ApplicationDetail.Applicant applicant = new ApplicationDetail.Applicant(ApplicantType.NATURAL_PERSON, applicantName,
                "RESIDENT_ID", "450721199001011234", "13800000000", null, "灵山县灵城街道某某路1号");
        return new ApplicationDetail("LS-2026-0012", TITLE, Channel.IN_PERSON, RECEIVED, null, null, RECEIVED, applicant,
                "LS-ZRZY", "灵山县自然资源局（案件）", Stage.DRAFTING, RequiredForm.PAPER, ReceiveBy.POST, items, null,
                List.of(), 0, null, List.of(), List.of());
    }

    static ApplicationDetail threeItems() {
        return app(List.of(DISCLOSED, WITHHELD, NOT_HELD));
    }

    static ApplicationDetail.Item item(int seq, Decision decision, Ground ground) {
        return new ApplicationDetail.Item(seq, "信息" + seq, decision, ground, null);
    }
}
