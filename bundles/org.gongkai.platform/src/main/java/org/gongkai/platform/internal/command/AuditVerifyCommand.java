package org.gongkai.platform.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.audit.AuditVerification;

/** gongkai:audit-verify — recomputes the audit hash chain. */
@Service
@Command(scope = "gongkai", name = "audit-verify", description = "Verify the audit trail's hash chain")
public class AuditVerifyCommand implements Action {
    @Reference
    AuditTrail audit;

    @Override
    public Object execute() {
        AuditVerification v = audit.verify();
        if (v.valid()) {
            System.out.println("OK: " + v.entries() + " entries, chain intact");
        } else {
            System.out.println("BROKEN at entry " + v.firstBrokenSeq() + ": " + v.problem() + " (" + v.entries()
                    + " entries checked before it)");
        }
        return null;
    }
}
