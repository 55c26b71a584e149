package org.gongkai.broadcast.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.broadcast.spi.BroadcastDriver;
import org.junit.jupiter.api.Test;

class DriverRegistryTest {
    private final DriverRegistry registry = new DriverRegistry();
    private final List<String> events = new ArrayList<>();

    DriverRegistryTest() {
        registry.addListener(new DriverRegistry.Listener() {
            @Override
            public void driverAvailable(String id, BroadcastDriver driver) {
                events.add("+" + id + ":" + driver.name());
            }

            @Override
            public void driverGone(String id, BroadcastDriver driver) {
                events.add("-" + id + ":" + driver.name());
            }
        });
    }

    @Test
    void aDriverAppearingMakesItsIdAvailableAndDisappearingMakesItMissingThenItCanComeBack() {
        FakeDriver mqtt = new FakeDriver("mqtt", FakeDriver.Mode.OK);
        registry.add(mqtt);
        assertTrue(registry.available("mqtt"));
        registry.remove(mqtt);
        assertFalse(registry.available("mqtt"));
        FakeDriver again = new FakeDriver("mqtt", FakeDriver.Mode.OK);
        registry.add(again);
        assertSame(again, registry.driver("mqtt").orElseThrow());
        assertEquals(List.of("+mqtt:Fake mqtt", "-mqtt:Fake mqtt", "+mqtt:Fake mqtt"), events);
    }

    @Test
    void aSecondDriverWithTheSameIdStandsByAndTakesOver() {
        FakeDriver first = new FakeDriver("tcp", FakeDriver.Mode.OK);
        FakeDriver second = new FakeDriver("tcp", FakeDriver.Mode.OK);
        registry.add(first);
        registry.add(second);
        assertSame(first, registry.driver("tcp").orElseThrow());
        registry.remove(first);
        assertSame(second, registry.driver("tcp").orElseThrow());
        assertEquals(3, events.size(), events.toString());
        registry.remove(second);
        assertEquals(List.of(), registry.ids());
    }

    @Test
    void removingAStandbyOrAnUnknownDriverChangesNothingVisible() {
        FakeDriver first = new FakeDriver("tcp", FakeDriver.Mode.OK);
        FakeDriver second = new FakeDriver("tcp", FakeDriver.Mode.OK);
        registry.add(first);
        registry.add(second);
        registry.remove(second);
        registry.remove(new FakeDriver("other", FakeDriver.Mode.OK));
        assertSame(first, registry.driver("tcp").orElseThrow());
        assertEquals(List.of("+tcp:Fake tcp"), events);
    }

    @Test
    void driversWithBadIdsAreIgnored() {
        registry.add(new FakeDriver("Bad Id!", FakeDriver.Mode.OK));
        registry.add(new FakeDriver("mqtt", FakeDriver.Mode.OK) {
            @Override
            public String id() {
                throw new IllegalStateException("broken");
            }
        });
        assertEquals(List.of(), registry.ids());
        assertEquals(List.of(), events);
    }
}
