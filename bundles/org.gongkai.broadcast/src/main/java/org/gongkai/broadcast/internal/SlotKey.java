package org.gongkai.broadcast.internal;

import java.time.LocalDate;
import java.time.LocalTime;

/** One daily slot of one township on one date: the key of the "fired" record that makes it fire exactly once. */
public record SlotKey(LocalDate date, String township, LocalTime slot) {
}
