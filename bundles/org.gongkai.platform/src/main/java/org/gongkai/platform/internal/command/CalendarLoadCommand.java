package org.gongkai.platform.internal.command;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.gongkai.platform.calendar.CalendarAdmin;
import org.gongkai.platform.calendar.CalendarYear;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.ConsoleActors;

/** gongkai:calendar-load — loads a year's holiday notice (holiday-cn JSON) without restart. */
@Service
@Command(scope = "gongkai", name = "calendar-load", description = "Load a year's official holiday notice (holiday-cn JSON file)")
public class CalendarLoadCommand implements Action {
    @Reference
    CalendarAdmin calendar;

    @Reference
    AccountService accounts;

    @Argument(index = 0, name = "file", required = true, description = "JSON file {year, papers, days[{name,date,isOffDay}]}")
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() throws Exception {
        CalendarYear y = calendar.loadNotice(ConsoleActors.of(accounts), Files.readAllBytes(Path.of(file)));
        System.out.println("Loaded the notice of " + y.year() + ": " + y.days().size() + " special days. Source: " + y.source());
        return null;
    }
}
