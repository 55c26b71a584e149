package org.gongkai.broadcast.internal;

import java.util.Set;
import org.gongkai.broadcast.BroadcastService;
import org.gongkai.platform.capability.CapabilityDescriptor;
import org.gongkai.platform.security.Role;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Tells the platform that 大喇叭 is installed, while the broadcast service is up; the menu shows it to broadcast staff. */
@Component(immediate = true, service = {})
public class BroadcastCapability {
    static final CapabilityDescriptor DESCRIPTOR = new CapabilityDescriptor("broadcast", "大喇叭", "Loudspeakers",
            "#/broadcast", Set.of(Role.ADMIN.id(), Role.BROADCAST_EDITOR.id(), Role.BROADCAST_REVIEWER.id(),
                    Role.EMERGENCY_OFFICER.id(), Role.AUDITOR.id()), 50);

    private final ServiceRegistration<CapabilityDescriptor> registration;

    @Activate
    public BroadcastCapability(@Reference BroadcastService service, BundleContext context) {
        registration = context.registerService(CapabilityDescriptor.class, DESCRIPTOR, null);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
