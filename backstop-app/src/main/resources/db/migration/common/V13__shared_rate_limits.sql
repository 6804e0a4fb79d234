-- Portable SQL only (H2 and PostgreSQL): see ARCHITECTURE.md.

-- Rate limit counts, shared by every app node: one row per limited group and client (an
-- address, or a signed-in account), counting the requests of the window that ends at
-- window_ends (milliseconds since 1970, UTC). A row whose window has ended means nothing
-- and is swept.
CREATE TABLE rate_limit_count (
	limited_group VARCHAR(40) NOT NULL,
	client VARCHAR(320) NOT NULL,
	window_ends BIGINT NOT NULL,
	used BIGINT NOT NULL,
	CONSTRAINT rate_limit_count_pk PRIMARY KEY (limited_group, client)
);

CREATE INDEX rate_limit_count_window_ends_ix ON rate_limit_count (window_ends);
