/**
 * The speaker-driver SPI that hardware vendors implement: a {@link org.gongkai.broadcast.spi.BroadcastDriver} DS
 * service per protocol, describing the per-terminal settings it needs, playing programmes asynchronously and
 * reporting receipts and terminal status through the {@link org.gongkai.broadcast.spi.DriverContext} the core hands
 * it. Semantic versioning: a minor version only adds; a driver built against 1.x runs on every 1.y with y &ge; x.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.gongkai.broadcast.spi;
