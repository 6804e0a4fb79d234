-- Portable SQL only (H2 and PostgreSQL). Reset links are counted per account (at most a few an
-- hour) and ended together after a reset; PostgreSQL does not index a foreign key by itself.
CREATE INDEX password_reset_account_ix ON password_reset (account_id, created_at);
