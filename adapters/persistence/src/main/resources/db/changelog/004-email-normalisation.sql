--liquibase formatted sql

--changeset lockvue:004-email-normalisation
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:UTF8 SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()
-- Emails are now compared by their NFC form, lower-cased (EmailAddress.canonical): bring stored ones to that form,
-- so that an address kept decomposed still finds its account. A row whose canonical form another row has, or would
-- get, is left as it is rather than merged or failed: two accounts exist for what is now one address, and only a
-- person can say which one its owner means (docs/security.md lists the query that finds them). normalize() needs a
-- UTF8 database; on any other encoding the change is marked as run and changes nothing.
UPDATE users AS u
SET email = c.canonical
FROM (SELECT id, normalize(lower(normalize(email, NFC)), NFC) AS canonical FROM users) AS c
WHERE u.id = c.id
  AND u.email <> c.canonical
  AND NOT EXISTS (SELECT 1 FROM users AS other
                  WHERE other.id <> u.id
                    AND normalize(lower(normalize(other.email, NFC)), NFC) = c.canonical);
