package org.gongkai.disclosure.internal;

import java.util.Set;
import org.gongkai.platform.capability.CapabilityDescriptor;
import org.gongkai.platform.security.Role;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Tells the platform that 依申请公开 is installed, while the disclosure service is up; the UI menu shows it to the
 * roles that work on applications.
 */
@Component(immediate = true, service = {})
public class DisclosureCapability {
    static final CapabilityDescriptor DESCRIPTOR = new CapabilityDescriptor("disclosure", "依申请公开",
            "Disclosure on application", "#/disclosure", Set.of(Role.ADMIN.id(), Role.OFFICE_HEAD.id(),
                    Role.REGISTRAR.id(), Role.HANDLER.id(), Role.REVIEWER.id(), Role.ZONE_STAFF.id(), Role.AUDITOR.id()),
            10);

    private final ServiceRegistration<CapabilityDescriptor> registration;

    @Activate
    public DisclosureCapability(@Reference org.gongkai.disclosure.DisclosureService service, BundleContext context) {
        registration = context.registerService(CapabilityDescriptor.class, DESCRIPTOR, null);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
