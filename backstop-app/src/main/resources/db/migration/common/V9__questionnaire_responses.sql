-- Portable SQL only (H2 and PostgreSQL): see ARCHITECTURE.md. Instants are stored in UTC.

-- One answered questionnaire: the answers as given (item id to answer, as JSON text, so
-- that a score can be worked out again), and the score and band the core gave them.
CREATE TABLE questionnaire_response (
	id UUID NOT NULL,
	account_id UUID NOT NULL,
	instrument VARCHAR(32) NOT NULL,
	answered_on DATE NOT NULL,
	answers VARCHAR(2000) NOT NULL,
	score NUMERIC(7, 3) NOT NULL,
	band VARCHAR(32),
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT questionnaire_response_pk PRIMARY KEY (id),
	CONSTRAINT questionnaire_response_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX questionnaire_response_account_ix ON questionnaire_response (account_id, instrument, answered_on);
