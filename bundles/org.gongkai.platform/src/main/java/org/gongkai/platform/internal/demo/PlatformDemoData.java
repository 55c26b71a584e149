package org.gongkai.platform.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.gongkai.platform.DemoDataReady;
import org.gongkai.platform.DemoMode;
import org.gongkai.platform.audit.AuditActions;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.persistence.SchemaReady;
import org.gongkai.platform.persistence.Settings;
import org.gongkai.platform.persistence.Transactions;
import org.gongkai.platform.region.ImportResult;
import org.gongkai.platform.region.RegionService;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.NewAccount;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In demo mode, on the first start only: the demo county (modelled on 灵川县, 450323: 12 townships, 154 villages and
 * communities, 1,236 hamlets; village and hamlet names are invented), its agencies and the demo staff accounts.
 */
@Component(immediate = true, service = DemoDataReady.class, property = DemoDataReady.PROPERTY + "=platform")
public class PlatformDemoData implements DemoDataReady {
    public static final String DEMO_PASSWORD = "gongkai-demo";
    static final String SETTING = "demo.platform";
    private static final Logger LOG = LoggerFactory.getLogger(PlatformDemoData.class);

    @Activate
    public PlatformDemoData(@Reference(target = "(osgi.jndi.service.name=gongkai)") DataSource dataSource,
            @Reference(target = "(" + SchemaReady.PROPERTY + "=platform)") SchemaReady schema,
            @Reference Transactions tx, @Reference RegionService regions, @Reference AccountService accounts,
            @Reference AuditTrail audit) {
        if (!DemoMode.enabled()) {
            return;
        }
        Settings settings = new Settings(new Jdbc(dataSource));
        if (settings.get(SETTING).isPresent()) {
            return;
        }
        LOG.info("Demo mode: loading the demo county and staff accounts");
        tx.required(() -> {
            check(regions.importRegions(Actor.SYSTEM, resource("demo/regions.csv")), "regions");
            check(regions.importAgencies(Actor.SYSTEM, resource("demo/agencies.csv")), "agencies");
            List<String> lines = resource("demo/accounts.csv").lines().skip(1).toList();
            for (String line : lines) {
                String[] f = line.split(",");
                accounts.create(Actor.SYSTEM, new NewAccount(f[0], f[1], f[2], Set.of(f[3].split(";")), DEMO_PASSWORD));
            }
            settings.put(SETTING, "loaded");
            audit.append(Actor.SYSTEM, AuditActions.DEMO_LOADED, "installation", "platform",
                    "demo county 450323, " + lines.size() + " accounts");
        });
        LOG.info("Demo mode: demo county and accounts loaded (password {})", DEMO_PASSWORD);
    }

    private static void check(ImportResult result, String what) {
        if (!result.ok()) {
            throw new IllegalStateException("demo " + what + " rejected: " + result.errors());
        }
    }

    private static String resource(String path) {
        try (InputStream in = PlatformDemoData.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
