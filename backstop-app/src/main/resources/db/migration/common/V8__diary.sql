-- Portable SQL only (H2 and PostgreSQL): see ARCHITECTURE.md. Instants are stored in UTC.

-- One diary entry: a moment of a person's day. local_date is the person's own calendar
-- day at logged_at in time_zone, kept so that a day's entries are found without
-- converting every row.
CREATE TABLE diary_entry (
	id UUID NOT NULL,
	account_id UUID NOT NULL,
	logged_at TIMESTAMP WITH TIME ZONE NOT NULL,
	time_zone VARCHAR(64) NOT NULL,
	local_date DATE NOT NULL,
	pain INT,
	spasms INT,
	region VARCHAR(32),
	mobility VARCHAR(32),
	notes VARCHAR(1000),
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT diary_entry_pk PRIMARY KEY (id),
	CONSTRAINT diary_entry_pain_ck CHECK (pain BETWEEN 0 AND 10),
	CONSTRAINT diary_entry_spasms_ck CHECK (spasms BETWEEN 0 AND 100),
	CONSTRAINT diary_entry_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX diary_entry_account_ix ON diary_entry (account_id, local_date, logged_at);

-- What was done at an entry: a treatment or exercise (with pain before and after when
-- logged) or a medicine with its amount.
CREATE TABLE diary_entry_item (
	entry_id UUID NOT NULL,
	position INT NOT NULL,
	kind VARCHAR(16) NOT NULL,
	name VARCHAR(60) NOT NULL,
	pain_before INT,
	pain_after INT,
	mg INT,
	CONSTRAINT diary_entry_item_pk PRIMARY KEY (entry_id, position),
	CONSTRAINT diary_entry_item_kind_ck CHECK (kind IN ('treatment', 'medicine')),
	CONSTRAINT diary_entry_item_entry_fk FOREIGN KEY (entry_id) REFERENCES diary_entry (id) ON DELETE CASCADE
);

-- Warning signs logged at an entry, by the assessment's symptom codes; not_sure is kept
-- because it is read the cautious way.
CREATE TABLE diary_entry_symptom (
	entry_id UUID NOT NULL,
	symptom VARCHAR(40) NOT NULL,
	not_sure BOOLEAN NOT NULL,
	CONSTRAINT diary_entry_symptom_pk PRIMARY KEY (entry_id, symptom),
	CONSTRAINT diary_entry_symptom_entry_fk FOREIGN KEY (entry_id) REFERENCES diary_entry (id) ON DELETE CASCADE
);

-- The daily factors of one of a person's days. A blank column was not logged, which is
-- not the same as "no".
CREATE TABLE diary_day (
	account_id UUID NOT NULL,
	local_date DATE NOT NULL,
	sleep_hours NUMERIC(3, 1),
	sleep_quality VARCHAR(8),
	sleep_position VARCHAR(8),
	mattress VARCHAR(8),
	water_glasses INT,
	sitting_hours NUMERIC(3, 1),
	lifting BOOLEAN,
	exercise_minutes INT,
	stress INT,
	alcohol_units INT,
	notes VARCHAR(1000),
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT diary_day_pk PRIMARY KEY (account_id, local_date),
	CONSTRAINT diary_day_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

-- Factors a person names themselves ("coffee", "long drive"), and whether each was
-- present on a day.
CREATE TABLE diary_personal_factor (
	account_id UUID NOT NULL,
	name VARCHAR(40) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT diary_personal_factor_pk PRIMARY KEY (account_id, name),
	CONSTRAINT diary_personal_factor_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE TABLE diary_day_personal (
	account_id UUID NOT NULL,
	local_date DATE NOT NULL,
	name VARCHAR(40) NOT NULL,
	present BOOLEAN NOT NULL,
	CONSTRAINT diary_day_personal_pk PRIMARY KEY (account_id, local_date, name),
	CONSTRAINT diary_day_personal_day_fk FOREIGN KEY (account_id, local_date)
		REFERENCES diary_day (account_id, local_date) ON DELETE CASCADE,
	CONSTRAINT diary_day_personal_factor_fk FOREIGN KEY (account_id, name)
		REFERENCES diary_personal_factor (account_id, name) ON DELETE CASCADE
);
