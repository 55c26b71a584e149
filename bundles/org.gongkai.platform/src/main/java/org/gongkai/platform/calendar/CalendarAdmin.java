package org.gongkai.platform.calendar;

import org.gongkai.platform.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Loading a new year's holiday notice at runtime, without a restart (admin). */
@ProviderType
public interface CalendarAdmin {

    /**
     * Validates a notice in the {@code holiday-cn} JSON format, stores it as {@code <year>.json} in the calendar
     * directory (replacing that year's file) and reloads the calendar. Audited; posts {@link CalendarEvents#CHANGED}.
     */
    CalendarYear loadNotice(Actor actor, byte[] json);

    /** Rescans the calendar directory now; answers the years whose notice changed. */
    int[] reload();
}
