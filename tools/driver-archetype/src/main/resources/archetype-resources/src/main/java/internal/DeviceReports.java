package ${package}.internal;

import org.gongkai.broadcast.spi.Receipt;
import org.gongkai.broadcast.spi.TerminalStatus;

/**
 * Where a link reports what its device sends back; thread-safe, returns at once, never throws.
 *
 * <p>The same two methods as the SPI's {@code DriverContext}, on purpose not that interface: {@code DriverContext} is
 * a provider type (the core implements it), and a bundle that implements a provider type gets the narrow import range
 * {@code [1.0,1.1)} from bnd, which would stop the driver from resolving on the next minor SPI release.
 */
interface DeviceReports {

    void receipt(Receipt receipt);

    void statusChanged(TerminalStatus status);
}
