package org.gongkai.platform.internal.command;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.gongkai.platform.calendar.CalendarYear;
import org.gongkai.platform.calendar.SpecialDay;
import org.gongkai.platform.calendar.WorkingDayCalendar;

/** gongkai:calendar-show — the special days of a year and whether its notice is loaded. */
@Service
@Command(scope = "gongkai", name = "calendar-show", description = "Show a year's holidays and adjusted working days")
public class CalendarShowCommand implements Action {
    @Reference
    WorkingDayCalendar calendar;

    @Argument(index = 0, name = "year", required = false, description = "Year (default: this year)")
    Integer year;

    @Override
    public Object execute() {
        CalendarYear y = calendar.year(year != null ? year : calendar.today().getYear());
        System.out.println(y.year() + (y.provisional() ? " — PROVISIONAL (notice not loaded)" : " — notice loaded"));
        System.out.println("Source: " + y.source());
        System.out.println("Loaded years: " + calendar.loadedYears());
        List<List<String>> rows = new ArrayList<>();
        for (SpecialDay d : y.days()) {
            rows.add(List.of(d.date().toString(), d.date().getDayOfWeek().toString().substring(0, 3), d.name(),
                    d.offDay() ? "休 day off" : "班 working day"));
        }
        Tables.print(System.out, List.of("Date", "Day", "Holiday", "Kind"), rows);
        return null;
    }
}
