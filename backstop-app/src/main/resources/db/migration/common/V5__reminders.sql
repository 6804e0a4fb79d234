-- Portable SQL only (H2 and PostgreSQL): see ARCHITECTURE.md. Instants are stored in UTC.

-- A person's reminder. Times of day are local to the person's zone ("08:00,20:00"), days
-- are codes ("mon,tue"); hydration may instead repeat every few hours within a window.
CREATE TABLE reminder (
	id UUID NOT NULL,
	account_id UUID NOT NULL,
	kind VARCHAR(16) NOT NULL,
	label VARCHAR(80),
	times VARCHAR(200),
	days VARCHAR(40) NOT NULL,
	every_hours INT,
	window_from CHAR(5),
	window_until CHAR(5),
	time_zone VARCHAR(64) NOT NULL,
	ingredient VARCHAR(32),
	active BOOLEAN NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT reminder_pk PRIMARY KEY (id),
	CONSTRAINT reminder_kind_ck CHECK (kind IN ('exercise', 'hydration', 'questionnaire', 'medicine')),
	CONSTRAINT reminder_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX reminder_account_ix ON reminder (account_id, created_at, id);

-- The one secret calendar feed address of an account: only a SHA-256 of the secret is kept.
-- A new feed replaces the row, so the old address stops working.
CREATE TABLE reminder_feed (
	account_id UUID NOT NULL,
	secret_hash CHAR(64) NOT NULL,
	detail BOOLEAN NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT reminder_feed_pk PRIMARY KEY (account_id),
	CONSTRAINT reminder_feed_hash_uk UNIQUE (secret_hash),
	CONSTRAINT reminder_feed_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
