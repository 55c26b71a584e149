package org.gongkai.platform.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.gongkai.platform.calendar.SpecialDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The holiday-cn reader: the shipped files are read as they are, inconsistent ones are refused with a reason. */
class HolidayNoticeReaderTest {

    private static HolidayNotice read(String json) throws InvalidNoticeException {
        return HolidayNoticeReader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String message(String json) {
        return assertThrows(InvalidNoticeException.class, () -> read(json)).getMessage();
    }

    @Test
    void theShippedNoticesAreReadCompletely() throws Exception {
        HolidayNotice n2025 = HolidayNoticeReader.read(CalendarFixtures.shipped(2025));
        assertEquals(2025, n2025.year());
        assertEquals(33, n2025.days().size());
        assertEquals(5, n2025.days().stream().filter(d -> !d.offDay()).count());
        assertTrue(n2025.source().contains("国办发明电〔2024〕12号"));
        HolidayNotice n2026 = HolidayNoticeReader.read(CalendarFixtures.shipped(2026));
        assertEquals(39, n2026.days().size());
        assertEquals(6, n2026.days().stream().filter(d -> !d.offDay()).count());
        assertEquals(64, n2026.checksum().length());
    }

    @Test
    void daysAreSortedByDateAndKeepTheirNamesAndKinds() throws Exception {
        HolidayNotice n = read("""
                {"year": 2027, "days": [
                  {"name": "春节", "date": "2027-02-20", "isOffDay": false},
                  {"name": " 元旦 ", "date": "2027-01-01", "isOffDay": true}]}""");
        assertEquals(new SpecialDay(LocalDate.of(2027, 1, 1), "元旦", true), n.days().get(0));
        assertEquals(new SpecialDay(LocalDate.of(2027, 2, 20), "春节", false), n.days().get(1));
        assertEquals("holiday notice 2027", n.source(), "without papers the source names the year");
    }

    @Test
    void aDateListedTwiceIsRejected() {
        String m = message("""
                {"year": 2027, "days": [
                  {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
                  {"name": "元旦", "date": "2027-01-01", "isOffDay": false}]}""");
        assertTrue(m.contains("2027-01-01"), m);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-02-30", "2027/01/01", "27-01-01", "", "tomorrow"})
    void aBadDateIsRejected(String date) {
        String m = message("{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"" + date
                + "\", \"isOffDay\": true}]}");
        assertTrue(m.startsWith("bad date"), m);
    }

    @Test
    void aDayWithoutItsFieldsIsRejected() {
        assertTrue(message("{\"year\": 2027, \"days\": [{\"date\": \"2027-01-01\", \"isOffDay\": true}]}")
                .contains("name"));
        assertTrue(message("{\"year\": 2027, \"days\": [{\"name\": \"  \", \"date\": \"2027-01-01\", \"isOffDay\": true}]}")
                .contains("name"));
        assertTrue(message("{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"2027-01-01\"}]}")
                .contains("isOffDay"));
        assertTrue(message("{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": \"yes\"}]}")
                .contains("isOffDay"));
        assertTrue(message("{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"isOffDay\": true}]}")
                .startsWith("bad date"));
        assertTrue(message("{\"days\": []}").contains("year"));
        assertTrue(message("{\"year\": 2027}").contains("days"));
        assertTrue(message("{\"year\": \"2027\", \"days\": []}").contains("year"));
        assertTrue(message("[2027]").contains("year"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1999, 2101, 0, -5, 99999})
    void aYearOutOfRangeIsRejected(int year) {
        assertTrue(message("{\"year\": " + year + ", \"days\": []}").contains("year out of range"));
    }

    @Test
    void aDateFarFromTheNoticeYearIsRejected() {
        String m = message("{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"2029-01-01\", \"isOffDay\": true}]}");
        assertTrue(m.contains("does not belong"), m);
    }

    @Test
    void notJsonAtAllIsRejected() {
        assertTrue(message("{\"year\": 2027, ").startsWith("not valid JSON"));
        assertTrue(message("").length() > 0);
    }

    @Test
    void theChecksumFollowsTheContent() throws Exception {
        String a = "{\"year\": 2027, \"days\": []}";
        assertEquals(read(a).checksum(), read(a).checksum());
        assertFalse(read(a).checksum().equals(read(a + " ").checksum()));
    }
}
