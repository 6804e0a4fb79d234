-- H2 measures VARCHAR in UTF-16 units, where an emoji takes two; Backstop checks lengths in
-- characters (code points), as a person counts them. Twice the width lets every text that
-- passes the check fit, emoji included. PostgreSQL counts characters: its V7 changes nothing.
ALTER TABLE account ALTER COLUMN email SET DATA TYPE VARCHAR(508);
ALTER TABLE account ALTER COLUMN display_name SET DATA TYPE VARCHAR(200);
ALTER TABLE access_token ALTER COLUMN name SET DATA TYPE VARCHAR(200);
ALTER TABLE reminder ALTER COLUMN label SET DATA TYPE VARCHAR(160);
ALTER TABLE mail_outbox ALTER COLUMN recipient SET DATA TYPE VARCHAR(508);
ALTER TABLE mail_outbox ALTER COLUMN subject SET DATA TYPE VARCHAR(400);
ALTER TABLE persistent_logins ALTER COLUMN username SET DATA TYPE VARCHAR(508);
ALTER TABLE SPRING_SESSION ALTER COLUMN PRINCIPAL_NAME SET DATA TYPE VARCHAR(508);
