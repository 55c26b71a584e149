package org.gongkai.broadcast.driver.mqtt.internal;

import java.time.Duration;

/** The driver's connection settings, from its typed OSGi configuration or built directly in tests. */
record MqttSettings(String brokerUrl, String clientId, String username, String password, String topicPrefix, int qos,
        boolean cleanSession, int keepAliveSeconds, int connectTimeoutSeconds, int maxInflight, Duration minBackoff,
        Duration maxBackoff) {

    static MqttSettings of(MqttSpeakerDriver.Config c) {
        return new MqttSettings(c.brokerUrl(), c.clientId(), c.username(), c.password(), c.topicPrefix(), c.qos(),
                c.cleanSession(), c.keepAliveSeconds(), c.connectTimeoutSeconds(), c.maxInflight(),
                Duration.ofMillis(c.minReconnectDelayMillis()), Duration.ofMillis(c.maxReconnectDelayMillis()));
    }
}
