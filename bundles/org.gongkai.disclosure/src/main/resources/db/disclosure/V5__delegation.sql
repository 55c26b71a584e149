-- Delegation to development-zone committees (委托办理): the zone handling a case on the government's behalf. The
-- case stays the government's (agency_code, clock, annual report); these columns say who handles it and how the
-- zone's reply names the principal and the reconsideration organ, so nothing depends on the delegation bundle.
ALTER TABLE gd_application ADD COLUMN handling_agency VARCHAR(40);
ALTER TABLE gd_application ADD COLUMN delegated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE gd_application ADD COLUMN delegation_principal VARCHAR(60);
ALTER TABLE gd_application ADD COLUMN delegation_organ VARCHAR(100);
CREATE INDEX gd_application_handling ON gd_application (handling_agency, stage);
