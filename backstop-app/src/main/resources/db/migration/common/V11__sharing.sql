-- Portable SQL only (H2 and PostgreSQL): see ARCHITECTURE.md. Instants are stored in UTC.

-- A person lets one clinician account read parts of their record until a day they chose.
-- scopes: codes separated by commas (assessments, plan, diary, questionnaires).
CREATE TABLE share_grant (
	id UUID NOT NULL,
	owner_id UUID NOT NULL,
	clinician_id UUID NOT NULL,
	scopes VARCHAR(64) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	ends_at TIMESTAMP WITH TIME ZONE NOT NULL,
	revoked_at TIMESTAMP WITH TIME ZONE,
	CONSTRAINT share_grant_pk PRIMARY KEY (id),
	CONSTRAINT share_grant_owner_fk FOREIGN KEY (owner_id) REFERENCES account (id) ON DELETE CASCADE,
	CONSTRAINT share_grant_clinician_fk FOREIGN KEY (clinician_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX share_grant_owner_ix ON share_grant (owner_id);

CREATE INDEX share_grant_clinician_ix ON share_grant (clinician_id);

-- A share by link: only a SHA-256 of the link's token is kept; the link is shown once.
-- An optional passcode is kept as a password hash; failed_tries counts wrong passcodes
-- over the link's whole life.
CREATE TABLE share_link (
	id UUID NOT NULL,
	owner_id UUID NOT NULL,
	token_hash CHAR(64) NOT NULL,
	label VARCHAR(100) NOT NULL,
	scopes VARCHAR(64) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
	revoked_at TIMESTAMP WITH TIME ZONE,
	passcode_hash VARCHAR(255),
	failed_tries INT DEFAULT 0 NOT NULL,
	CONSTRAINT share_link_pk PRIMARY KEY (id),
	CONSTRAINT share_link_hash_uk UNIQUE (token_hash),
	CONSTRAINT share_link_owner_fk FOREIGN KEY (owner_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX share_link_owner_ix ON share_link (owner_id);

-- Who read a shared record, by name: the clinician's name as it was then, or the name the
-- opener of a link typed. NULL for entries made by the person or by role alone.
ALTER TABLE audit_event ADD COLUMN actor_name VARCHAR(100);
