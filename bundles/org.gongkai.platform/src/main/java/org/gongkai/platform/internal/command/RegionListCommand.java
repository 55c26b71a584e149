package org.gongkai.platform.internal.command;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.gongkai.platform.region.Agency;
import org.gongkai.platform.region.Region;
import org.gongkai.platform.region.RegionService;

/** gongkai:region-list — lists the children of a region (the top level without argument), or agencies. */
@Service
@Command(scope = "gongkai", name = "region-list", description = "List the regions below a region, or agencies with --agencies")
public class RegionListCommand implements Action {
    @Reference
    RegionService regions;

    @Argument(index = 0, name = "parent", required = false, description = "Parent region code; none = top level")
    String parent;

    @Option(name = "--agencies", description = "List agencies instead")
    boolean agencies;

    @Override
    public Object execute() {
        List<List<String>> rows = new ArrayList<>();
        if (agencies) {
            for (Agency a : regions.agencies()) {
                rows.add(List.of(a.code(), a.name(), a.kind().nameZh(), a.parentCode() == null ? "" : a.parentCode(),
                        a.regionCode()));
            }
            Tables.print(System.out, List.of("Code", "Name", "Kind", "Parent", "Region"), rows);
        } else {
            for (Region r : regions.children(parent)) {
                rows.add(List.of(r.code(), r.name(), r.level().nameZh()));
            }
            Tables.print(System.out, List.of("Code", "Name", "Level"), rows);
        }
        return null;
    }
}
