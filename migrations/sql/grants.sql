-- =============================================================================
-- grants.sql -- target grant matrix of spec 08 A4.4 (idempotent; spec 08 B13.5)
--
-- Run with psql after EVERY migration (and after roles.sql), by the migrating
-- role (the owner of the service-plane tables) or by an administrator:
--
--   psql -X -v ON_ERROR_STOP=1 -v database_name=rez_restore \
--        -d rez_restore -f grants.sql
--
-- psql variables:
--   database_name  (required) the database the grants are for; must be the
--                  database psql is connected to (checked).
--   migrator_role  (optional) the role whose ALTER DEFAULT PRIVILEGES are set,
--                  i.e. the role that runs the EF migrations. Default: the
--                  current role. An administrator running this script for a
--                  migrator passes e.g. -v migrator_role=rez_restore_migrator
--                  (needs to be that role or a member of it).
--   indexer_ddl    (optional, on/off) A4.4 "CREATE only if the indexer keeps
--                  creating its own tables". on: the indexer gets CREATE on
--                  the database and the schema and becomes owner of the
--                  index-plane tables A2.1-A2.7 ("owner as today"); its
--                  start-up DDL (CREATE SCHEMA/TABLE/INDEX IF NOT EXISTS)
--                  needs exactly that. off: CREATE is revoked from the
--                  indexer, ownership is not changed. Not set: the indexer's
--                  CREATE rights and table ownership are left as they are.
--
-- Who may run it: every table and sequence in schema rez_restore_index must
-- be owned by the executing role or a role it is a member of (a superuser
-- always qualifies). Index-plane tables owned by rez_restore_indexer_rw (as
-- the reference migrations left them) therefore need a superuser or a member
-- of that role. The script runs in one transaction; on any error nothing is
-- changed. It ends with a self-check of the matrix and fails if it does not
-- hold (e.g. because of a PUBLIC grant or a grant made by another grantor).
--
-- What it does (A4.4, and the A4.3 defects it removes):
--   database : CONNECT for all three roles; no CREATE for the service roles
--   schema   : USAGE for all three roles; no CREATE for the service roles
--   index-plane tables (fixed list A2.1-A2.7, those that exist):
--              indexer CRUD; service_ro SELECT; service_rw SELECT on
--              partition_watermarks only (A4.3 #1), nothing else (A4.3 #2)
--   index-plane sequences (owned by those tables): indexer USAGE, SELECT
--   service-plane tables = every other table in the schema, computed from the
--              catalog on each run (so tables of later migrations are
--              covered): service_rw CRUD; service_ro SELECT; indexer nothing
--   service-plane sequences / identity sequences: service_rw USAGE, SELECT
--   "__EFMigrationsHistory": SELECT for service_rw and service_ro only
--   default privileges of the migrating role in the schema: future tables get
--              service_rw CRUD + service_ro SELECT, future sequences
--              service_rw USAGE, SELECT; every default privilege that would
--              give the indexer rights on future tables/sequences is removed
--              (A4.3 #2)
-- All three roles are reset to exactly these privileges on every object of
-- the schema they do not own (REVOKE ALL + GRANT within the transaction).
-- Nothing is granted to or revoked from the owner of an object.
-- =============================================================================

\set ON_ERROR_STOP on

\if :{?database_name}
\else
\echo 'grants.sql: the psql variable database_name is required: psql -v ON_ERROR_STOP=1 -v database_name=<db> -d <db> -f grants.sql'
DO $$ BEGIN RAISE EXCEPTION 'grants.sql: psql variable database_name is not set'; END $$;
\endif

\if :{?indexer_ddl}
SELECT lower(:'indexer_ddl') IN ('on', 'off', 'true', 'false', 'yes', 'no', '1', '0') AS rez_indexer_ddl_ok
\gset
\if :rez_indexer_ddl_ok
\else
DO $$ BEGIN RAISE EXCEPTION 'grants.sql: indexer_ddl must be on or off'; END $$;
\endif
\endif

\if :{?migrator_role}
\else
SELECT current_user AS migrator_role
\gset
\endif

-- Index-plane tables (A2.1-A2.6 from the reference migrations, A2.7 created by
-- the indexer or later upstream migrations). Everything else in the schema is
-- service plane, except the EF migrations history table.
\set rez_index_plane_tables '{index_events,partition_watermarks,partition_generations,source_coverage,backfill_runs,source_progress,source_leader_leases,source_progress_v2,source_leader_leases_v2}'
\set rez_ef_history_table '__EFMigrationsHistory'

BEGIN;

SELECT current_database() = :'database_name' AS rez_database_ok
\gset
\if :rez_database_ok
\else
\echo 'grants.sql: database_name' :'database_name' 'is not the connected database; connect with -d' :'database_name'
DO $$ BEGIN RAISE EXCEPTION 'grants.sql: database_name does not match current_database()'; END $$;
\endif

-- Parameters for the self-check DO block at the end (transaction-local).
SELECT set_config('rez_grants.index_plane_tables', :'rez_index_plane_tables', true),
       set_config('rez_grants.ef_history_table', :'rez_ef_history_table', true)
\gset rez_ignored_

-- -----------------------------------------------------------------------------
-- 1. Database (A4.4 "database"; A4.3 #3)
-- -----------------------------------------------------------------------------
GRANT CONNECT ON DATABASE :"database_name"
    TO rez_restore_indexer_rw, rez_restore_service_rw, rez_restore_service_ro;
REVOKE CREATE ON DATABASE :"database_name"
    FROM rez_restore_service_rw, rez_restore_service_ro;

-- -----------------------------------------------------------------------------
-- 2. Schema (A4.4 "schema"; A4.3 #3)
-- -----------------------------------------------------------------------------
GRANT USAGE ON SCHEMA rez_restore_index
    TO rez_restore_indexer_rw, rez_restore_service_rw, rez_restore_service_ro;
REVOKE CREATE ON SCHEMA rez_restore_index
    FROM PUBLIC, rez_restore_service_rw, rez_restore_service_ro;

-- -----------------------------------------------------------------------------
-- 3. Optional: indexer DDL rights and index-plane ownership (-v indexer_ddl)
-- -----------------------------------------------------------------------------
\if :{?indexer_ddl}
\if :indexer_ddl
GRANT CREATE ON DATABASE :"database_name" TO rez_restore_indexer_rw;
GRANT CREATE ON SCHEMA rez_restore_index TO rez_restore_indexer_rw;
-- ALTER TABLE ... OWNER also moves the owned (serial) sequences.
SELECT format('ALTER TABLE rez_restore_index.%I OWNER TO rez_restore_indexer_rw', c.relname)
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'rez_restore_index'
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND c.relname = ANY (:'rez_index_plane_tables'::text[])
  AND c.relowner <> 'rez_restore_indexer_rw'::regrole
ORDER BY c.relname
\gexec
\else
REVOKE CREATE ON DATABASE :"database_name" FROM rez_restore_indexer_rw;
REVOKE CREATE ON SCHEMA rez_restore_index FROM rez_restore_indexer_rw;
\endif
\endif

-- -----------------------------------------------------------------------------
-- 4. Tables and sequences, computed from the catalog on every run.
--    Per object: REVOKE ALL from PUBLIC and from each of the three roles that
--    does not own it, then GRANT exactly the A4.4 privileges.
-- -----------------------------------------------------------------------------
-- Fail early, with a readable message, if some object cannot be managed by
-- the executing role (GRANT/REVOKE need the owner, a member of the owner role
-- or a superuser).
DO $$
DECLARE
    unmanageable text;
BEGIN
    SELECT string_agg(format('%s (owner %s)', c.relname, pg_catalog.pg_get_userbyid(c.relowner)), ', ' ORDER BY c.relname)
    INTO unmanageable
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'rez_restore_index'
      AND c.relkind IN ('r', 'p', 'S')
      AND NOT pg_catalog.pg_has_role(c.relowner, 'USAGE');

    IF unmanageable IS NOT NULL THEN
        RAISE EXCEPTION 'grants.sql: role % cannot grant on: %', current_user, unmanageable
            USING HINT = 'Run grants.sql as a superuser or as a member of the owning role(s).';
    END IF;
END
$$;

\set rez_quiet_saved :QUIET
\set QUIET on

WITH rel AS (
    SELECT c.oid,
           c.relname,
           c.relowner,
           CASE WHEN c.relkind = 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS object_kind,
           CASE
               WHEN c.relkind IN ('r', 'p') AND c.relname = ANY (:'rez_index_plane_tables'::text[]) THEN 'index'
               WHEN c.relkind IN ('r', 'p') AND c.relname = :'rez_ef_history_table' THEN 'history'
               WHEN c.relkind IN ('r', 'p') THEN 'service'
               -- a sequence belongs to the plane of the table owning it
               -- (serial / identity); a free-standing sequence is service plane
               WHEN owning.relname = ANY (:'rez_index_plane_tables'::text[]) THEN 'index'
               ELSE 'service'
           END AS plane
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_catalog.pg_depend d
           ON c.relkind = 'S'
          AND d.classid = 'pg_catalog.pg_class'::regclass
          AND d.objid = c.oid
          AND d.refclassid = 'pg_catalog.pg_class'::regclass
          AND d.deptype IN ('a', 'i')
    LEFT JOIN pg_catalog.pg_class owning ON owning.oid = d.refobjid
    WHERE n.nspname = 'rez_restore_index'
      AND c.relkind IN ('r', 'p', 'S')
),
role_list(role_name) AS (
    VALUES ('rez_restore_indexer_rw'), ('rez_restore_service_rw'), ('rez_restore_service_ro')
),
-- the A4.4 matrix; only_table restricts a row to one table
matrix(plane, object_kind, role_name, privileges, only_table) AS (
    VALUES
        ('index',   'TABLE',    'rez_restore_indexer_rw', 'SELECT, INSERT, UPDATE, DELETE', NULL),
        ('index',   'TABLE',    'rez_restore_service_ro', 'SELECT',                         NULL),
        ('index',   'TABLE',    'rez_restore_service_rw', 'SELECT',                         'partition_watermarks'),
        ('index',   'SEQUENCE', 'rez_restore_indexer_rw', 'USAGE, SELECT',                  NULL),
        ('service', 'TABLE',    'rez_restore_service_rw', 'SELECT, INSERT, UPDATE, DELETE', NULL),
        ('service', 'TABLE',    'rez_restore_service_ro', 'SELECT',                         NULL),
        ('service', 'SEQUENCE', 'rez_restore_service_rw', 'USAGE, SELECT',                  NULL),
        ('history', 'TABLE',    'rez_restore_service_rw', 'SELECT',                         NULL),
        ('history', 'TABLE',    'rez_restore_service_ro', 'SELECT',                         NULL)
),
stmt AS (
    SELECT rel.relname, 0 AS step, ''::text AS role_name,
           format('REVOKE ALL ON %s rez_restore_index.%I FROM PUBLIC', rel.object_kind, rel.relname) AS sql
    FROM rel
    UNION ALL
    SELECT rel.relname, 1, r.role_name,
           format('REVOKE ALL ON %s rez_restore_index.%I FROM %I', rel.object_kind, rel.relname, r.role_name)
    FROM rel
    CROSS JOIN role_list r
    WHERE rel.relowner <> r.role_name::regrole
    UNION ALL
    SELECT rel.relname, 2, m.role_name,
           format('GRANT %s ON %s rez_restore_index.%I TO %I', m.privileges, rel.object_kind, rel.relname, m.role_name)
    FROM rel
    JOIN matrix m ON m.plane = rel.plane AND m.object_kind = rel.object_kind
    WHERE (m.only_table IS NULL OR m.only_table = rel.relname)
      AND rel.relowner <> m.role_name::regrole
)
SELECT sql FROM stmt ORDER BY relname, step, role_name
\gexec

\set QUIET :rez_quiet_saved

-- -----------------------------------------------------------------------------
-- 5. Default privileges (objects created later in the schema)
-- 5a. For the migrating role: service_rw CRUD + service_ro SELECT on future
--     tables, service_rw USAGE, SELECT on future sequences, nothing for the
--     indexer (A4.3 #2). Reset first so the result is exact.
-- -----------------------------------------------------------------------------
ALTER DEFAULT PRIVILEGES FOR ROLE :"migrator_role" IN SCHEMA rez_restore_index
    REVOKE ALL ON TABLES FROM rez_restore_indexer_rw, rez_restore_service_rw, rez_restore_service_ro;
ALTER DEFAULT PRIVILEGES FOR ROLE :"migrator_role" IN SCHEMA rez_restore_index
    REVOKE ALL ON SEQUENCES FROM rez_restore_indexer_rw, rez_restore_service_rw, rez_restore_service_ro;
ALTER DEFAULT PRIVILEGES FOR ROLE :"migrator_role" IN SCHEMA rez_restore_index
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO rez_restore_service_rw;
ALTER DEFAULT PRIVILEGES FOR ROLE :"migrator_role" IN SCHEMA rez_restore_index
    GRANT SELECT ON TABLES TO rez_restore_service_ro;
ALTER DEFAULT PRIVILEGES FOR ROLE :"migrator_role" IN SCHEMA rez_restore_index
    GRANT USAGE, SELECT ON SEQUENCES TO rez_restore_service_rw;
-- The global (all-schema) defaults of the migrating role must not give the
-- indexer anything either: per-schema entries can only add to them.
ALTER DEFAULT PRIVILEGES FOR ROLE :"migrator_role"
    REVOKE ALL ON TABLES FROM rez_restore_indexer_rw;
ALTER DEFAULT PRIVILEGES FOR ROLE :"migrator_role"
    REVOKE ALL ON SEQUENCES FROM rez_restore_indexer_rw;

-- 5b. Default privileges other creating roles (e.g. the role that ran the
--     reference migrations 0002) declared for the indexer on this schema or
--     globally: removed where the executing role may change them (it is that
--     role or a member of it); the rest is reported by the self-check.
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I%s REVOKE ALL ON %s FROM rez_restore_indexer_rw',
              pg_catalog.pg_get_userbyid(d.defaclrole),
              CASE WHEN d.defaclnamespace = 0 THEN '' ELSE ' IN SCHEMA rez_restore_index' END,
              CASE d.defaclobjtype WHEN 'r' THEN 'TABLES' ELSE 'SEQUENCES' END)
FROM pg_catalog.pg_default_acl d
WHERE d.defaclobjtype IN ('r', 'S')
  AND (d.defaclnamespace = 0 OR d.defaclnamespace = 'rez_restore_index'::regnamespace)
  AND d.defaclrole <> 'rez_restore_indexer_rw'::regrole
  AND pg_catalog.pg_has_role(d.defaclrole, 'MEMBER')
  AND EXISTS (SELECT 1 FROM pg_catalog.aclexplode(d.defaclacl) a
              WHERE a.grantee = 'rez_restore_indexer_rw'::regrole)
ORDER BY 1
\gexec

-- -----------------------------------------------------------------------------
-- 6. Self-check: the effective privileges (including PUBLIC and grants by
--    other grantors) must equal the A4.4 matrix; otherwise roll back.
-- -----------------------------------------------------------------------------
DO $$
DECLARE
    index_plane  text[] := current_setting('rez_grants.index_plane_tables')::text[];
    ef_history   text   := current_setting('rez_grants.ef_history_table');
    roles        text[] := ARRAY['rez_restore_indexer_rw', 'rez_restore_service_rw', 'rez_restore_service_ro'];
    table_privs  text[] := ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'];
    seq_privs    text[] := ARRAY['USAGE', 'SELECT', 'UPDATE'];
    problems     text[] := ARRAY[]::text[];
    rel          record;
    role_name    text;
    priv         text;
    plane        text;
    expected     text[];
    actual       boolean;
    d            record;
BEGIN
    FOREACH role_name IN ARRAY roles LOOP
        IF NOT has_database_privilege(role_name, current_database(), 'CONNECT') THEN
            problems := problems || format('%s lacks CONNECT on the database', role_name);
        END IF;
        IF NOT has_schema_privilege(role_name, 'rez_restore_index', 'USAGE') THEN
            problems := problems || format('%s lacks USAGE on schema rez_restore_index', role_name);
        END IF;
        IF role_name <> 'rez_restore_indexer_rw' THEN
            IF has_database_privilege(role_name, current_database(), 'CREATE') THEN
                problems := problems || format('%s has CREATE on the database (granted to PUBLIC?)', role_name);
            END IF;
            IF has_schema_privilege(role_name, 'rez_restore_index', 'CREATE') THEN
                problems := problems || format('%s has CREATE on schema rez_restore_index', role_name);
            END IF;
        END IF;
    END LOOP;

    FOR rel IN
        SELECT c.oid, c.relname, c.relkind, c.relowner, owning.relname AS owning_table
        FROM pg_catalog.pg_class c
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_catalog.pg_depend dep
               ON c.relkind = 'S'
              AND dep.classid = 'pg_catalog.pg_class'::regclass
              AND dep.objid = c.oid
              AND dep.refclassid = 'pg_catalog.pg_class'::regclass
              AND dep.deptype IN ('a', 'i')
        LEFT JOIN pg_catalog.pg_class owning ON owning.oid = dep.refobjid
        WHERE n.nspname = 'rez_restore_index' AND c.relkind IN ('r', 'p', 'S')
        ORDER BY c.relname
    LOOP
        IF rel.relkind = 'S' THEN
            plane := CASE WHEN rel.owning_table = ANY (index_plane) THEN 'index' ELSE 'service' END;
        ELSE
            plane := CASE WHEN rel.relname = ANY (index_plane) THEN 'index'
                          WHEN rel.relname = ef_history THEN 'history'
                          ELSE 'service' END;
        END IF;

        FOREACH role_name IN ARRAY roles LOOP
            CONTINUE WHEN rel.relowner = role_name::regrole;

            expected := CASE
                WHEN rel.relkind = 'S' AND plane = 'index' AND role_name = 'rez_restore_indexer_rw' THEN ARRAY['USAGE', 'SELECT']
                WHEN rel.relkind = 'S' AND plane = 'service' AND role_name = 'rez_restore_service_rw' THEN ARRAY['USAGE', 'SELECT']
                WHEN rel.relkind = 'S' THEN ARRAY[]::text[]
                WHEN plane = 'index' AND role_name = 'rez_restore_indexer_rw' THEN ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE']
                WHEN plane = 'index' AND role_name = 'rez_restore_service_ro' THEN ARRAY['SELECT']
                WHEN plane = 'index' AND role_name = 'rez_restore_service_rw' AND rel.relname = 'partition_watermarks' THEN ARRAY['SELECT']
                WHEN plane = 'service' AND role_name = 'rez_restore_service_rw' THEN ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE']
                WHEN plane = 'service' AND role_name = 'rez_restore_service_ro' THEN ARRAY['SELECT']
                WHEN plane = 'history' AND role_name <> 'rez_restore_indexer_rw' THEN ARRAY['SELECT']
                ELSE ARRAY[]::text[]
            END;

            FOREACH priv IN ARRAY CASE WHEN rel.relkind = 'S' THEN seq_privs ELSE table_privs END LOOP
                actual := CASE WHEN rel.relkind = 'S'
                               THEN has_sequence_privilege(role_name, rel.oid, priv)
                               ELSE has_table_privilege(role_name, rel.oid, priv) END;
                IF actual <> (priv = ANY (expected)) THEN
                    problems := problems || format('%s %s %s on %s (%s plane)',
                        role_name, CASE WHEN actual THEN 'has unexpected' ELSE 'lacks' END,
                        priv, rel.relname, plane);
                END IF;
            END LOOP;
        END LOOP;
    END LOOP;

    IF array_length(problems, 1) > 0 THEN
        RAISE EXCEPTION 'grants.sql: grant matrix check failed (nothing committed): %', array_to_string(problems, '; ');
    END IF;

    -- Objects owned by a runtime service role (e.g. rrs_state_snapshots created
    -- at start-up by the reference stores): owners keep DDL rights, which
    -- B13.7 rules out for the service. Report, do not fail.
    FOR d IN
        SELECT c.relname, pg_catalog.pg_get_userbyid(c.relowner) AS owner
        FROM pg_catalog.pg_class c
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'rez_restore_index'
          AND c.relkind IN ('r', 'p', 'S')
          AND c.relowner IN ('rez_restore_service_rw'::regrole, 'rez_restore_service_ro'::regrole)
    LOOP
        RAISE WARNING 'grants.sql: rez_restore_index.% is owned by runtime role %; transfer it to the migrating role (ALTER TABLE ... OWNER TO ...)',
            d.relname, d.owner;
    END LOOP;

    -- Default privileges this role could not remove (5b): report, do not fail.
    FOR d IN
        SELECT pg_catalog.pg_get_userbyid(x.defaclrole) AS creator,
               CASE WHEN x.defaclnamespace = 0 THEN 'all schemas' ELSE 'schema rez_restore_index' END AS scope,
               CASE x.defaclobjtype WHEN 'r' THEN 'tables' ELSE 'sequences' END AS kind
        FROM pg_catalog.pg_default_acl x
        WHERE x.defaclobjtype IN ('r', 'S')
          AND (x.defaclnamespace = 0 OR x.defaclnamespace = 'rez_restore_index'::regnamespace)
          AND x.defaclrole <> 'rez_restore_indexer_rw'::regrole
          AND EXISTS (SELECT 1 FROM pg_catalog.aclexplode(x.defaclacl) a
                      WHERE a.grantee = 'rez_restore_indexer_rw'::regrole)
    LOOP
        RAISE WARNING 'grants.sql: default privileges of role % (%) still give rez_restore_indexer_rw rights on future %; run this script as a superuser or a member of % to remove them',
            d.creator, d.scope, d.kind, d.creator;
    END LOOP;
END
$$;

COMMIT;

-- Summary
SELECT c.relname AS object,
       CASE c.relkind WHEN 'S' THEN 'sequence' ELSE 'table' END AS kind,
       pg_catalog.pg_get_userbyid(c.relowner) AS owner,
       coalesce(array_to_string(c.relacl, ' '), '(default)') AS acl
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'rez_restore_index' AND c.relkind IN ('r', 'p', 'S')
ORDER BY c.relkind DESC, c.relname;
