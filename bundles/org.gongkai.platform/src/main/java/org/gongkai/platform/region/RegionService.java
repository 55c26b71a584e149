package org.gongkai.platform.region;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.platform.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Regions and agencies of the installation, with CSV import, and the agency-scope rule every capability applies. */
@ProviderType
public interface RegionService {

    List<Region> regions();

    /** Direct children of a region ({@code null} = the top level). */
    List<Region> children(String parentCode);

    Optional<Region> region(String code);

    /** Number of direct children of a region (for lazy trees), counted in the database. */
    long childCount(String code);

    List<Agency> agencies();

    Optional<Agency> agency(String code);

    /** Creates or replaces one agency (admin). */
    Agency saveAgency(Actor actor, Agency agency);

    /**
     * Imports regions from CSV with header {@code code,name,level,parent_code}; all or nothing (admin).
     * Parents may come earlier in the same file or already exist.
     */
    ImportResult importRegions(Actor actor, String csv);

    /** Imports agencies from CSV with header {@code code,name,short_name,kind,parent_code,region_code} (admin). */
    ImportResult importAgencies(Actor actor, String csv);

    /**
     * Agency codes whose records the actor may see, or empty meaning all. Administrators, auditors and staff of the
     * county government or its openness office see the whole county; everyone else sees their own agency and the
     * agencies below it (a development zone's staff see only their zone).
     */
    Optional<Set<String>> visibleAgencies(Actor actor);

    /** True when {@link #visibleAgencies} includes the agency. */
    boolean canSee(Actor actor, String agencyCode);
}
