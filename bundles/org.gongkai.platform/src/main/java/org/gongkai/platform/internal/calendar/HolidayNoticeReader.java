package org.gongkai.platform.internal.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.platform.calendar.SpecialDay;

/**
 * Reads a year's holiday notice in the format of the open data set {@code holiday-cn}:
 * {@code {"year":2026,"papers":["..."],"days":[{"name":"元旦","date":"2026-01-01","isOffDay":true}, ...]}}, so a
 * county can drop that project's file for a new year as it is. Rejects anything inconsistent with a clear reason.
 */
final class HolidayNoticeReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HolidayNoticeReader() {
    }

    static HolidayNotice read(byte[] content) throws InvalidNoticeException {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (IOException e) {
            throw new InvalidNoticeException("not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject() || !root.path("year").canConvertToInt() || !root.path("days").isArray()) {
            throw new InvalidNoticeException("expected an object with \"year\" and \"days\"");
        }
        int year = root.get("year").asInt();
        if (year < 2000 || year > 2100) {
            throw new InvalidNoticeException("year out of range: " + year);
        }
        List<String> papers = new ArrayList<>();
        root.path("papers").forEach(p -> papers.add(p.asText()));
        List<SpecialDay> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (JsonNode day : root.get("days")) {
            String name = day.path("name").asText("").trim();
            if (name.isEmpty() || !day.path("isOffDay").isBoolean()) {
                throw new InvalidNoticeException("each day needs a name and isOffDay: " + day);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(day.path("date").asText());
            } catch (DateTimeParseException e) {
                throw new InvalidNoticeException("bad date: " + day.path("date").asText());
            }
            if (Math.abs(date.getYear() - year) > 1) {
                throw new InvalidNoticeException("date " + date + " does not belong to the notice of " + year);
            }
            if (!seen.add(date)) {
                throw new InvalidNoticeException("date listed twice: " + date);
            }
            days.add(new SpecialDay(date, name, day.get("isOffDay").asBoolean()));
        }
        days.sort((a, b) -> a.date().compareTo(b.date()));
        String source = papers.isEmpty() ? "holiday notice " + year : String.join("; ", papers);
        return new HolidayNotice(year, source, List.copyOf(days), sha256(content));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
