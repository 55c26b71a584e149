package org.gongkai.broadcast.driver.http.internal;

import java.time.Duration;

/** The driver's own settings (not per terminal), from its typed OSGi configuration or built directly in tests. */
record HttpDriverSettings(int maxConcurrentRequests, int maxQueuedRequests, Duration connectTimeout,
        int defaultTimeoutMillis, Duration pollInterval, Duration minBackoff, Duration maxBackoff,
        Duration followUpLimit) {

    static HttpDriverSettings of(HttpSpeakerDriver.Config c) {
        return new HttpDriverSettings(c.maxConcurrentRequests(), c.maxQueuedRequests(),
                Duration.ofMillis(c.connectTimeoutMillis()), c.defaultTimeoutMillis(),
                Duration.ofMillis(c.pollIntervalMillis()), Duration.ofMillis(c.minBackoffMillis()),
                Duration.ofMillis(c.maxBackoffMillis()), Duration.ofMinutes(c.followUpLimitMinutes()));
    }
}
