-- Portable SQL only (H2 and PostgreSQL): see ARCHITECTURE.md. Instants are stored in UTC.

CREATE TABLE account (
	id UUID NOT NULL,
	email VARCHAR(254) NOT NULL,
	password_hash VARCHAR(255) NOT NULL,
	display_name VARCHAR(100),
	role VARCHAR(16) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
	failed_sign_ins INT DEFAULT 0 NOT NULL,
	locked_until TIMESTAMP WITH TIME ZONE,
	CONSTRAINT account_pk PRIMARY KEY (id),
	CONSTRAINT account_email_uk UNIQUE (email),
	CONSTRAINT account_role_ck CHECK (role IN ('PATIENT', 'CLINICIAN', 'ADMIN'))
);

-- Personal access tokens: only a SHA-256 of the token is kept; the token is shown once.
CREATE TABLE access_token (
	id UUID NOT NULL,
	account_id UUID NOT NULL,
	name VARCHAR(100) NOT NULL,
	token_hash CHAR(64) NOT NULL,
	scope VARCHAR(8) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	last_used_at TIMESTAMP WITH TIME ZONE,
	revoked_at TIMESTAMP WITH TIME ZONE,
	CONSTRAINT access_token_pk PRIMARY KEY (id),
	CONSTRAINT access_token_hash_uk UNIQUE (token_hash),
	CONSTRAINT access_token_scope_ck CHECK (scope IN ('read', 'write')),
	CONSTRAINT access_token_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX access_token_account_ix ON access_token (account_id);

-- A stored assessment: the input as sent and the result as given, so history never changes
-- when the engine does.
CREATE TABLE assessment (
	id UUID NOT NULL,
	account_id UUID NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	engine_version VARCHAR(16) NOT NULL,
	triage_level VARCHAR(32) NOT NULL,
	severity VARCHAR(16) NOT NULL,
	input_json CHARACTER VARYING NOT NULL,
	result_json CHARACTER VARYING NOT NULL,
	CONSTRAINT assessment_pk PRIMARY KEY (id),
	CONSTRAINT assessment_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX assessment_account_created_ix ON assessment (account_id, created_at, id);

-- Who read or changed whose health data, and when. No health data itself is kept here.
CREATE TABLE audit_event (
	id UUID NOT NULL,
	at TIMESTAMP WITH TIME ZONE NOT NULL,
	subject_id UUID NOT NULL,
	actor_id UUID,
	actor_role VARCHAR(16),
	action VARCHAR(16) NOT NULL,
	resource VARCHAR(32) NOT NULL,
	resource_id UUID,
	CONSTRAINT audit_event_pk PRIMARY KEY (id)
);

CREATE INDEX audit_event_subject_ix ON audit_event (subject_id, at);

-- Password reset links: only a SHA-256 of the token is kept; single use, expiring.
CREATE TABLE password_reset (
	token_hash CHAR(64) NOT NULL,
	account_id UUID NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
	used_at TIMESTAMP WITH TIME ZONE,
	CONSTRAINT password_reset_pk PRIMARY KEY (token_hash),
	CONSTRAINT password_reset_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

-- Every message Backstop sends; an administrator reads it when no SMTP server is set.
CREATE TABLE mail_outbox (
	id UUID NOT NULL,
	recipient VARCHAR(254) NOT NULL,
	subject VARCHAR(200) NOT NULL,
	body CHARACTER VARYING NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	sent_at TIMESTAMP WITH TIME ZONE,
	CONSTRAINT mail_outbox_pk PRIMARY KEY (id)
);

-- Remember-me sign-ins (Spring Security's persistent token scheme).
CREATE TABLE persistent_logins (
	username VARCHAR(254) NOT NULL,
	series VARCHAR(64) NOT NULL,
	token VARCHAR(64) NOT NULL,
	last_used TIMESTAMP NOT NULL,
	CONSTRAINT persistent_logins_pk PRIMARY KEY (series)
);
