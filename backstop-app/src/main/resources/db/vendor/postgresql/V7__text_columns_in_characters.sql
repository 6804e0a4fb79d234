-- PostgreSQL measures VARCHAR in characters, as Backstop's checks do, so its text columns
-- already fit every text that passes them; H2's V7 widens its own, which count UTF-16 units.
-- Spring Session's principal name is a sign-in email (up to 254 characters), wider than the
-- 100 its schema gives.
ALTER TABLE SPRING_SESSION ALTER COLUMN PRINCIPAL_NAME SET DATA TYPE VARCHAR(254);
