package org.gongkai.platform.internal.command;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.gongkai.platform.capability.CapabilityDescriptor;
import org.gongkai.platform.capability.CapabilityRegistry;

/** gongkai:capabilities — the capabilities installed now. */
@Service
@Command(scope = "gongkai", name = "capabilities", description = "List the installed capabilities")
public class CapabilitiesCommand implements Action {
    @Reference
    CapabilityRegistry registry;

    @Override
    public Object execute() {
        List<List<String>> rows = new ArrayList<>();
        for (CapabilityDescriptor c : registry.installed()) {
            rows.add(List.of(c.id(), c.nameZh(), c.nameEn(), c.uiEntry(), String.join(",", c.roles())));
        }
        Tables.print(System.out, List.of("Id", "名称", "Name", "UI", "Roles"), rows);
        return null;
    }
}
