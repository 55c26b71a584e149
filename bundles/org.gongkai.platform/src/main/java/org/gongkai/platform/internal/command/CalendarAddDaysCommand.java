package org.gongkai.platform.internal.command;

import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.gongkai.platform.calendar.WorkingDayCalendar;
import org.gongkai.platform.calendar.WorkingDayResult;

/** gongkai:calendar-add-days — the date n working days after a date, counted from the next day. */
@Service
@Command(scope = "gongkai", name = "calendar-add-days", description = "The date N working days after DATE (counting starts the next day)")
public class CalendarAddDaysCommand implements Action {
    @Reference
    WorkingDayCalendar calendar;

    @Argument(index = 0, name = "date", required = true, description = "YYYY-MM-DD")
    String date;

    @Argument(index = 1, name = "days", required = true, description = "Working days")
    int days;

    @Override
    public Object execute() {
        WorkingDayResult r = calendar.addWorkingDays(LocalDate.parse(date), days);
        System.out.println(r.date() + " (" + r.date().getDayOfWeek() + ")"
                + (r.provisional() ? "  PROVISIONAL: depends on a year whose notice is not loaded" : ""));
        return null;
    }
}
