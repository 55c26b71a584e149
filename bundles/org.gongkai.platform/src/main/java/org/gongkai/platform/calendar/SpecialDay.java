package org.gongkai.platform.calendar;

import java.time.LocalDate;

/** A holiday ({@code offDay = true}) or an adjusted working day ({@code offDay = false}). */
public record SpecialDay(LocalDate date, String name, boolean offDay) {
}
