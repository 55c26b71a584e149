package org.gongkai.delegation.internal;

import java.util.Set;
import org.gongkai.delegation.DelegationService;
import org.gongkai.platform.capability.CapabilityDescriptor;
import org.gongkai.platform.security.Role;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Tells the platform that 委托办理 is installed, while the delegation service is up. */
@Component(immediate = true, service = {})
public class DelegationCapability {
    static final CapabilityDescriptor DESCRIPTOR = new CapabilityDescriptor("delegation", "委托办理",
            "Delegation to development zones", "#/delegation", Set.of(Role.ADMIN.id(), Role.OFFICE_HEAD.id(),
                    Role.REGISTRAR.id(), Role.ZONE_STAFF.id(), Role.AUDITOR.id()), 15);

    private final ServiceRegistration<CapabilityDescriptor> registration;

    @Activate
    public DelegationCapability(@Reference DelegationService service, BundleContext context) {
        registration = context.registerService(CapabilityDescriptor.class, DESCRIPTOR, null);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
