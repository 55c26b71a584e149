package org.gongkai.platform.internal.capability;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gongkai.platform.capability.CapabilityDescriptor;
import org.gongkai.platform.capability.CapabilityRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Collects the capability descriptors that capability bundles register, as they come and go. */
@Component(service = CapabilityRegistry.class)
public class CapabilityRegistryImpl implements CapabilityRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(CapabilityRegistryImpl.class);
    private final List<CapabilityDescriptor> capabilities = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCapability(CapabilityDescriptor descriptor) {
        capabilities.add(descriptor);
        LOG.info("Capability installed: {} ({})", descriptor.id(), descriptor.nameZh());
    }

    void removeCapability(CapabilityDescriptor descriptor) {
        capabilities.remove(descriptor);
        LOG.info("Capability removed: {} ({})", descriptor.id(), descriptor.nameZh());
    }

    @Override
    public List<CapabilityDescriptor> installed() {
        return capabilities.stream()
                .sorted(Comparator.comparingInt(CapabilityDescriptor::order).thenComparing(CapabilityDescriptor::id))
                .toList();
    }
}
