-- Portable SQL only (H2 and PostgreSQL): see ARCHITECTURE.md. Instants are stored in UTC.
-- Texts are checked in characters; H2 counts UTF-16 units, so each text column is twice the
-- checked length (see V7), codes included for simplicity.

-- The clinic this installation serves: one row at most, edited by an administrator.
-- Lists (who is told of new requests, which sites may frame the forms) are one entry a line.
CREATE TABLE clinic (
	id INT NOT NULL,
	name VARCHAR(240) NOT NULL,
	address VARCHAR(1000),
	phone VARCHAR(80),
	emergency_number VARCHAR(32),
	opening_hours VARCHAR(1000),
	notify_emails VARCHAR(4000),
	embed_origins VARCHAR(4000),
	colour CHAR(7) NOT NULL,
	button_colour CHAR(7) NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_by UUID,
	CONSTRAINT clinic_pk PRIMARY KEY (id),
	CONSTRAINT clinic_one_ck CHECK (id = 1)
);

-- A request to be contacted, from the public form or a clinic's embedded one. The attached
-- assessment is copied as it was (its level, and the warning signs in the words the person
-- saw), so later changes to rules or to the person's history do not change what staff see.
-- urgency: 0 is the most urgent triage level, 4 self-care, 5 no assessment attached.
CREATE TABLE intake_request (
	id UUID NOT NULL,
	received_at TIMESTAMP WITH TIME ZONE NOT NULL,
	name VARCHAR(200) NOT NULL,
	email VARCHAR(508),
	phone VARCHAR(80),
	contact_method VARCHAR(32) NOT NULL,
	contact_time VARCHAR(32) NOT NULL,
	reason VARCHAR(64) NOT NULL,
	message VARCHAR(4000),
	language VARCHAR(16) NOT NULL,
	account_id UUID,
	urgency INT NOT NULL,
	triage_level VARCHAR(64),
	red_flags VARCHAR(8000),
	assessed_at TIMESTAMP WITH TIME ZONE,
	embedded_from VARCHAR(600),
	status VARCHAR(32) NOT NULL,
	assigned_to UUID,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT intake_request_pk PRIMARY KEY (id),
	CONSTRAINT intake_request_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL,
	CONSTRAINT intake_request_assigned_fk FOREIGN KEY (assigned_to) REFERENCES account (id) ON DELETE SET NULL,
	CONSTRAINT intake_request_status_ck CHECK (status IN ('NEW', 'CONTACTED', 'BOOKED', 'CLOSED')),
	CONSTRAINT intake_request_urgency_ck CHECK (urgency BETWEEN 0 AND 5)
);

-- The queue's order: most urgent first, then oldest, then id.
CREATE INDEX intake_request_queue_ix ON intake_request (urgency, received_at, id);

-- Staff notes on a request, kept with who wrote them.
CREATE TABLE intake_note (
	id UUID NOT NULL,
	request_id UUID NOT NULL,
	written_at TIMESTAMP WITH TIME ZONE NOT NULL,
	author_id UUID,
	body VARCHAR(4000) NOT NULL,
	CONSTRAINT intake_note_pk PRIMARY KEY (id),
	CONSTRAINT intake_note_request_fk FOREIGN KEY (request_id) REFERENCES intake_request (id) ON DELETE CASCADE,
	CONSTRAINT intake_note_author_fk FOREIGN KEY (author_id) REFERENCES account (id) ON DELETE SET NULL
);

CREATE INDEX intake_note_request_ix ON intake_note (request_id, written_at);
