package org.gongkai.platform.capability;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** The capabilities installed now, in menu order. */
@ProviderType
public interface CapabilityRegistry {
    List<CapabilityDescriptor> installed();
}
