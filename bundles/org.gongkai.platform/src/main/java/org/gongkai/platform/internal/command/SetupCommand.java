package org.gongkai.platform.internal.command;

import java.util.Set;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.gongkai.platform.region.Agency;
import org.gongkai.platform.region.AgencyKind;
import org.gongkai.platform.region.ImportResult;
import org.gongkai.platform.region.RegionService;
import org.gongkai.platform.security.Account;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.NewAccount;
import org.gongkai.platform.security.Role;

/**
 * gongkai:setup — first start of a real installation: the county, its government and openness office, and the first
 * administrator. Refuses once any account exists.
 */
@Service
@Command(scope = "gongkai", name = "setup", description = "Create the county, its government and office, and the first administrator")
public class SetupCommand implements Action {
    @Reference
    AccountService accounts;

    @Reference
    RegionService regions;

    @Reference
    Session session;

    @Option(name = "--county-code", required = true, description = "6-digit GB/T 2260 code, e.g. 450323")
    String countyCode;

    @Option(name = "--county-name", required = true, description = "County name, e.g. 灵川县")
    String countyName;

    @Option(name = "--admin", description = "User name of the first administrator")
    String admin = "admin";

    @Option(name = "--password", description = "Password (otherwise asked for without echo)")
    String password;

    @Override
    public Object execute() throws Exception {
        if (!accounts.isEmpty()) {
            System.err.println("Accounts exist already; use gongkai:account-add.");
            return null;
        }
        ImportResult r = regions.importRegions(Actor.SYSTEM,
                "code,name,level,parent_code\n" + countyCode + "," + countyName + ",COUNTY,\n");
        if (!r.ok()) {
            System.err.println("Rejected: " + r.errors());
            return null;
        }
        regions.saveAgency(Actor.SYSTEM, new Agency("GOV", countyName + "人民政府", "县政府", AgencyKind.GOVERNMENT, null,
                countyCode, true));
        regions.saveAgency(Actor.SYSTEM, new Agency("GKB", countyName + "人民政府办公室（政务公开办）", "政务公开办",
                AgencyKind.OPENNESS_OFFICE, "GOV", countyCode, true));
        String pw = password != null ? password : session.readLine("Password for " + admin + ": ", '*');
        Account a = accounts.create(Actor.SYSTEM, new NewAccount(admin, "系统管理员", "GKB", Set.of(Role.ADMIN.id()), pw));
        System.out.println("Created county " + countyCode + " " + countyName + ", agencies GOV and GKB, administrator "
                + a.username() + ". Import townships, villages and agencies with gongkai:region-import / agency-import.");
        return null;
    }
}
