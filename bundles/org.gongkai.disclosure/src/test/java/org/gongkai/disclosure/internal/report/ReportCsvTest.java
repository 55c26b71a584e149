package org.gongkai.disclosure.internal.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReportCsvTest {

    private static final String EXPECTED = """
            三、收到和处理政府信息公开申请情况,自然人,商业企业,科研机构,社会公益组织,法律服务机构,其他,总计
            一、本年新收政府信息公开申请数量,9,3,1,1,1,1,16
            二、上年结转政府信息公开申请数量,2,0,0,0,1,0,3
            （一）予以公开,4,1,0,0,0,0,5
            （二）部分公开（区分处理的，只计这一情形，不计其他情形）,1,0,0,0,1,0,2
            （三）不予公开 1.属于国家秘密,0,0,0,0,0,0,0
            （三）不予公开 2.其他法律行政法规禁止公开,0,0,0,0,0,0,0
            （三）不予公开 3.危及“三安全一稳定”,0,0,0,0,0,0,0
            （三）不予公开 4.保护第三方合法权益,0,0,0,0,0,0,0
            （三）不予公开 5.属于三类内部事务信息,0,0,0,0,0,0,0
            （三）不予公开 6.属于四类过程性信息,0,0,1,0,0,0,1
            （三）不予公开 7.属于行政执法案卷,0,0,0,0,0,0,0
            （三）不予公开 8.属于行政查询事项,0,0,0,0,0,0,0
            （四）无法提供 1.本机关不掌握相关政府信息,1,0,0,0,0,0,1
            （四）无法提供 2.没有现成信息需要另行制作,0,1,0,0,0,0,1
            （四）无法提供 3.补正后申请内容仍不明确,0,0,0,0,0,0,0
            （五）不予处理 1.信访举报投诉类申请,0,0,0,1,0,0,1
            （五）不予处理 2.重复申请,0,0,0,0,1,0,1
            （五）不予处理 3.要求提供公开出版物,0,0,0,0,0,0,0
            （五）不予处理 4.无正当理由大量反复申请,0,0,0,0,0,0,0
            （五）不予处理 5.要求行政机关确认或重新出具已获取信息,0,0,0,0,0,0,0
            （六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请,2,0,0,0,0,0,2
            （六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请,0,0,0,0,0,1,1
            （六）其他处理 3.其他,1,0,0,0,0,0,1
            （七）总计,9,2,1,1,2,1,16
            四、结转下年度继续办理,2,1,0,0,0,0,3

            四、政府信息公开行政复议、行政诉讼情况,结果维持,结果纠正,其他结果,尚未审结,总计
            行政复议,1,1,0,2,4
            行政诉讼（未经复议直接起诉）,1,0,0,1,2
            行政诉讼（复议后起诉）,0,1,0,0,1
            """.replace("\n", "\r\n");

    @Test
    void theWholeCsvText() {
        String csv = ReportCsv.render(ApplicationsTableTest.table2025(),
                RemedyTable.compute(2025, ReportFixture.remedies()));
        assertEquals("\uFEFF" + EXPECTED, csv);
    }

    @Test
    void bytesStartWithTheUtf8ByteOrderMark() {
        byte[] b = ReportCsv.bytes(ApplicationsTableTest.table2025(), RemedyTable.compute(2025, ReportFixture.remedies()));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(b, 3));
        assertEquals("三", new String(b, 3, 3, StandardCharsets.UTF_8));
    }

    @Test
    void fieldsAreQuotedOnlyWhenNeeded() {
        assertEquals("（三）不予公开", ReportCsv.field("（三）不予公开"));
        assertEquals("\"a,b\"", ReportCsv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", ReportCsv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", ReportCsv.field("two\nlines"));
    }
}
