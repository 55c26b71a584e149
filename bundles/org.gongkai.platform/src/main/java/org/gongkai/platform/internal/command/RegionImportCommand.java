package org.gongkai.platform.internal.command;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.api.action.Completion;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.region.ImportResult;
import org.gongkai.platform.region.RegionService;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.ConsoleActors;

/** gongkai:region-import — imports regions or (with --agencies) agencies from a UTF-8 CSV file; all or nothing. */
@Service
@Command(scope = "gongkai", name = "region-import", description = "Import regions (code,name,level,parent_code) or, with --agencies, agencies from CSV")
public class RegionImportCommand implements Action {
    @Reference
    RegionService regions;

    @Reference
    AccountService accounts;

    @Argument(index = 0, name = "file", required = true, description = "UTF-8 CSV file")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--agencies", description = "The file holds agencies (code,name,short_name,kind,parent_code,region_code)")
    boolean agencies;

    @Override
    public Object execute() throws Exception {
        String csv = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        ImportResult r = agencies ? regions.importAgencies(ConsoleActors.of(accounts), csv)
                : regions.importRegions(ConsoleActors.of(accounts), csv);
        if (r.ok()) {
            System.out.println("Imported: " + r.created() + " created, " + r.updated() + " updated");
        } else {
            System.out.println("Nothing imported; " + r.errors().size() + " problem(s):");
            for (FieldError e : r.errors()) {
                System.out.println("  " + e.field() + " — " + e.zh() + " / " + e.en());
            }
        }
        return null;
    }
}
