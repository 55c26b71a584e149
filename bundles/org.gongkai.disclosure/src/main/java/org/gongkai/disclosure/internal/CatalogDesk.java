package org.gongkai.disclosure.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.Ground;
import org.gongkai.disclosure.ItemDecision;
import org.gongkai.disclosure.internal.catalog.CatalogEntries;
import org.gongkai.disclosure.internal.catalog.CatalogEntry;
import org.gongkai.disclosure.internal.catalog.CatalogMatch;
import org.gongkai.disclosure.internal.catalog.CatalogMatcher;
import org.gongkai.disclosure.internal.catalog.SeedCatalog;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.persistence.Transactions;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;

/**
 * The high-frequency reply catalog (高频申请事项目录): kept in {@code gd_catalog}, seeded with the land-expropriation
 * entries on first start, maintained by the office head or an administrator, and matched against each requested item
 * to suggest the responsible agency, decision and standard text to the handler.
 */
public final class CatalogDesk {
    private final Jdbc jdbc;
    private final Transactions tx;
    private final AuditTrail audit;
    private final AtomicReference<CatalogMatcher> matcher = new AtomicReference<>();

    CatalogDesk(Jdbc jdbc, Transactions tx, AuditTrail audit) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
    }

    /** Loads the seeded catalog when the table is empty. */
    void seedIfEmpty() {
        tx.required(() -> {
            if (jdbc.queryLong("SELECT count(*) FROM gd_catalog") == 0) {
                for (CatalogEntry e : SeedCatalog.landExpropriation()) {
                    insert(e);
                }
                audit.append(Actor.SYSTEM, "DISCLOSURE_CATALOG_SEEDED", "disclosure.catalog", "land-expropriation",
                        "seeded catalog loaded");
            }
        });
        matcher.set(null);
    }

    public List<CatalogEntry> entries() {
        return jdbc.query("SELECT code, title, aliases, topic, agency_code, decision, ground, standard_text, active"
                + " FROM gd_catalog ORDER BY code", rs -> new CatalogEntry(rs.getString(1), rs.getString(2),
                        split(rs.getString(3)), rs.getString(4), rs.getString(5), Decision.valueOf(rs.getString(6)),
                        rs.getString(7) == null ? null : Ground.valueOf(rs.getString(7)), rs.getString(8),
                        rs.getBoolean(9)));
    }

    /** Creates or replaces an entry (office head or administrator). */
    public CatalogEntry save(Actor actor, CatalogEntry e) {
        actor.requireAnyRole(Role.OFFICE_HEAD, Role.ADMIN);
        CatalogEntries.requireValid(e);
        tx.required(() -> {
            boolean exists = jdbc.queryLong("SELECT count(*) FROM gd_catalog WHERE code = ?", e.code()) > 0;
            if (exists) {
                jdbc.update("DELETE FROM gd_catalog WHERE code = ?", e.code());
            }
            insert(e);
            audit.append(actor, exists ? "DISCLOSURE_CATALOG_CHANGED" : "DISCLOSURE_CATALOG_ADDED",
                    "disclosure.catalog", e.code(), e.title() + " → " + e.agencyCode() + " " + e.defaultDecision()
                            + (e.active() ? "" : " (inactive)"));
        });
        matcher.set(null);
        return e;
    }

    /** Suggestions for one text, best first. */
    public List<CatalogMatch> match(String text, int limit) {
        CatalogMatcher m = matcher.get();
        if (m == null) {
            m = new CatalogMatcher(entries().stream().filter(CatalogEntry::active).toList());
            matcher.set(m);
        }
        return m.match(text, limit);
    }

    /** The suggestions for each item of a case. */
    public record ItemSuggestions(int seq, String description, List<CatalogMatch> matches) {
    }

    List<ItemSuggestions> suggest(ApplicationDetail d) {
        List<ItemSuggestions> out = new ArrayList<>();
        for (ApplicationDetail.Item i : d.items()) {
            out.add(new ItemSuggestions(i.seq(), i.description(), match(i.description(), 3)));
        }
        return out;
    }

    /** The decision an entry proposes for an item, with its standard text. */
    ItemDecision decisionFrom(String code, String year, String place) {
        CatalogEntry e = entries().stream().filter(x -> x.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("目录事项 catalog entry", code));
        return new ItemDecision(e.defaultDecision(), e.defaultGround(), e.replyText(year, place));
    }

    /** Share of decided items that came from the catalog, per topic, for the dashboard. */
    List<Object[]> usage() {
        return jdbc.query("SELECT c.topic, count(*) FROM gd_item i JOIN gd_catalog c ON c.code = i.catalog_code"
                + " GROUP BY c.topic ORDER BY 2 DESC", rs -> new Object[] {rs.getString(1), rs.getLong(2)});
    }

    private void insert(CatalogEntry e) {
        jdbc.update("INSERT INTO gd_catalog (code, title, aliases, topic, agency_code, decision, ground, standard_text,"
                + " active) VALUES (?,?,?,?,?,?,?,?,?)", e.code(), e.title(), String.join("\n", e.aliases()), e.topic(),
                e.agencyCode(), e.defaultDecision(), e.defaultGround(), e.standardText(), e.active());
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split("\n")).filter(x -> !x.isBlank()).toList();
    }

}
