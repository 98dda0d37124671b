-- =============================================================================
-- roles.sql -- runtime login roles of spec 08 A4.1 (idempotent; spec 08 B13.5)
--
-- Run with psql by an administrator with role-creation rights (superuser or
-- CREATEROLE), against any database of the cluster (roles are cluster-wide):
--
--   psql -X -v ON_ERROR_STOP=1 \
--        -v indexer_password="$REZ_RESTORE_INDEXER_PASSWORD" \
--        -v service_ro_password="$REZ_RESTORE_SERVICE_RO_PASSWORD" \
--        -v service_rw_password="$REZ_RESTORE_SERVICE_RW_PASSWORD" \
--        -d <database> -f roles.sql
--
-- To keep the passwords off the process list, read them from the environment
-- inside psql (psql 15+) instead of -v:
--
--   psql -X -v ON_ERROR_STOP=1 -d <database> \
--        -c '\getenv indexer_password REZ_RESTORE_INDEXER_PASSWORD' \
--        -c '\getenv service_ro_password REZ_RESTORE_SERVICE_RO_PASSWORD' \
--        -c '\getenv service_rw_password REZ_RESTORE_SERVICE_RW_PASSWORD' \
--        -f roles.sql
--
-- Behaviour:
--   * Each of rez_restore_indexer_rw, rez_restore_service_ro and
--     rez_restore_service_rw is created as LOGIN NOINHERIT with the password
--     from its psql variable, but only when the role does not exist yet.
--   * An existing role is left untouched: its password is NOT reset (unlike
--     the reference migrations 0002/0004, see A4.3 #4) and its attributes are
--     not changed; they are only reported at the end.
--   * A password variable may be omitted when its role already exists; it is
--     required (non-empty) when the role has to be created.
--   * No password literal appears in this file. Note that the CREATE ROLE text
--     sent to the server contains the password, so do not run this with
--     log_statement = 'ddl'/'all' if server logs must not see it.
-- Privileges are granted by grants.sql, not here.
-- =============================================================================

\set ON_ERROR_STOP on

\if :{?indexer_password}
\else
\set indexer_password ''
\endif
\if :{?service_ro_password}
\else
\set service_ro_password ''
\endif
\if :{?service_rw_password}
\else
\set service_rw_password ''
\endif

BEGIN;

-- Fail (before creating anything) when a role has to be created but no
-- password was supplied for it.
SELECT coalesce(string_agg(r.role_name, ', ' ORDER BY r.role_name), '') AS rez_roles_missing_password
FROM (VALUES
        ('rez_restore_indexer_rw', :'indexer_password'),
        ('rez_restore_service_ro', :'service_ro_password'),
        ('rez_restore_service_rw', :'service_rw_password')
     ) AS r(role_name, role_password)
WHERE r.role_password = ''
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles p WHERE p.rolname = r.role_name)
\gset

SELECT :'rez_roles_missing_password' = '' AS rez_roles_passwords_ok
\gset

\if :rez_roles_passwords_ok
\else
\echo 'roles.sql: a password is required for the role(s) to be created:' :'rez_roles_missing_password'
\echo 'roles.sql: pass -v indexer_password=... / service_ro_password=... / service_rw_password=...'
DO $$ BEGIN RAISE EXCEPTION 'roles.sql: missing password variable(s) for role(s) that do not exist yet'; END $$;
\endif

-- Create the missing roles (A4.1: LOGIN, NOINHERIT). Existing roles produce
-- no statement, so their passwords stay as they are.
SELECT format('CREATE ROLE %I LOGIN NOINHERIT PASSWORD %L', r.role_name, r.role_password)
FROM (VALUES
        ('rez_restore_indexer_rw', :'indexer_password'),
        ('rez_restore_service_ro', :'service_ro_password'),
        ('rez_restore_service_rw', :'service_rw_password')
     ) AS r(role_name, role_password)
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles p WHERE p.rolname = r.role_name)
ORDER BY r.role_name
\gexec

COMMIT;

-- Forget the passwords for the rest of this psql session.
\unset indexer_password
\unset service_ro_password
\unset service_rw_password

-- Report; attributes other than LOGIN NOINHERIT (e.g. a role a DBA disabled
-- with NOLOGIN) are shown but deliberately not changed.
SELECT r.rolname AS role_name,
       r.rolcanlogin AS login,
       NOT r.rolinherit AS noinherit,
       r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls AS elevated,
       CASE WHEN r.rolcanlogin AND NOT r.rolinherit
                 AND NOT (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls)
            THEN 'ok' ELSE 'differs from A4.1 (LOGIN NOINHERIT), not changed' END AS status
FROM pg_catalog.pg_roles r
WHERE r.rolname IN ('rez_restore_indexer_rw', 'rez_restore_service_ro', 'rez_restore_service_rw')
ORDER BY r.rolname;
