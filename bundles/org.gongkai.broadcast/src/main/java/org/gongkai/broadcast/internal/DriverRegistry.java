package org.gongkai.broadcast.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gongkai.broadcast.spi.BroadcastDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drivers present now, by id. The OSGi component calls {@link #add} and {@link #remove} from its dynamic
 * reference; listeners hear when an id becomes available (its terminals resume, pending deliveries go out) and when
 * it goes away (its terminals show "driver missing"). A second driver with an id already served waits as a standby
 * and takes over when the first leaves. Listeners are called outside the lock, in the order of the changes.
 */
public final class DriverRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(DriverRegistry.class);

    /** Hears drivers coming and going. */
    public interface Listener {
        void driverAvailable(String id, BroadcastDriver driver);

        void driverGone(String id, BroadcastDriver driver);
    }

    private final Object lock = new Object();
    private final Map<String, List<BroadcastDriver>> byId = new LinkedHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void add(BroadcastDriver driver) {
        String id = idOf(driver);
        if (id == null) {
            return;
        }
        boolean active;
        synchronized (lock) {
            List<BroadcastDriver> list = byId.computeIfAbsent(id, k -> new ArrayList<>());
            if (list.stream().anyMatch(d -> d == driver)) {
                return;
            }
            list.add(driver);
            active = list.size() == 1;
        }
        if (active) {
            LOG.info("Speaker driver {} available", id);
            listeners.forEach(l -> notify(() -> l.driverAvailable(id, driver)));
        } else {
            LOG.warn("A second speaker driver with id {} is present; it stands by until the first goes", id);
        }
    }

    public void remove(BroadcastDriver driver) {
        String id = null;
        BroadcastDriver successor = null;
        boolean wasActive = false;
        synchronized (lock) {
            for (Map.Entry<String, List<BroadcastDriver>> e : byId.entrySet()) {
                List<BroadcastDriver> list = e.getValue();
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) == driver) {
                        id = e.getKey();
                        wasActive = i == 0;
                        list.remove(i);
                        successor = wasActive && !list.isEmpty() ? list.get(0) : null;
                        break;
                    }
                }
                if (id != null) {
                    break;
                }
            }
            if (id != null && byId.get(id).isEmpty()) {
                byId.remove(id);
            }
        }
        if (!wasActive) {
            return;
        }
        String gone = id;
        BroadcastDriver next = successor;
        LOG.info("Speaker driver {} gone{}", gone, next == null ? "; its terminals wait for it" : ", standby takes over");
        listeners.forEach(l -> notify(() -> l.driverGone(gone, driver)));
        if (next != null) {
            listeners.forEach(l -> notify(() -> l.driverAvailable(gone, next)));
        }
    }

    /** The active driver of an id. */
    public Optional<BroadcastDriver> driver(String id) {
        synchronized (lock) {
            List<BroadcastDriver> list = byId.get(id);
            return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
        }
    }

    public boolean available(String id) {
        return driver(id).isPresent();
    }

    /** Ids with an active driver, in order of arrival. */
    public List<String> ids() {
        synchronized (lock) {
            return List.copyOf(byId.keySet());
        }
    }

    private static String idOf(BroadcastDriver driver) {
        try {
            String id = driver.id();
            if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,62}")) {
                LOG.error("Speaker driver {} ignored: bad id '{}'", driver.getClass().getName(), id);
                return null;
            }
            return id;
        } catch (RuntimeException e) {
            LOG.error("Speaker driver {} ignored: id() failed", driver.getClass().getName(), e);
            return null;
        }
    }

    private static void notify(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.error("Driver registry listener failed", e);
        }
    }
}
