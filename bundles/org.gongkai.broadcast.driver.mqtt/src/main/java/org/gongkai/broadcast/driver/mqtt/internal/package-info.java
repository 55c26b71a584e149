/** The MQTT speaker driver: commands out, status and receipts in, over one broker connection. */
package org.gongkai.broadcast.driver.mqtt.internal;
