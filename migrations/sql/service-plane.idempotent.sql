DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = 'rez_restore_index') THEN
        CREATE SCHEMA rez_restore_index;
    END IF;
END $EF$;
CREATE TABLE IF NOT EXISTS rez_restore_index."__EFMigrationsHistory" (
    migration_id character varying(150) NOT NULL,
    product_version character varying(32) NOT NULL,
    CONSTRAINT pk___ef_migrations_history PRIMARY KEY (migration_id)
);

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM rez_restore_index."__EFMigrationsHistory" WHERE "migration_id" = '20261127132251_InitialSchema') THEN
        IF NOT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = 'rez_restore_index') THEN
            CREATE SCHEMA rez_restore_index;
        END IF;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM rez_restore_index."__EFMigrationsHistory" WHERE "migration_id" = '20261127132251_InitialSchema') THEN
    -- =============================================================================
    -- index-plane.sql -- baseline DDL for schema rez_restore_index (spec 08 Part A)
    --
    -- Executed once, as a single string, by the initial EF Core migration
    -- (migrationBuilder.Sql) inside the migration's transaction, by a superuser or
    -- the database owner. Therefore: no BEGIN/COMMIT, no roles, no grants, no
    -- passwords (see roles.sql and grants.sql next to this file).
    --
    -- Creates, with "if not exists" semantics only (spec 00 D2, 08 B13.2):
    --   * index plane (written by the indexer):  A2.1-A2.6
    --   * service plane (this service):          A5.1-A5.5 (incl. A7 columns),
    --                                            A6.1-A6.3, A8
    -- Not created here: the A2.7 indexer tables and the Part B (B4/B5) additions;
    -- later migrations add those.
    --
    -- The script applies cleanly to an empty database and to a database where the
    -- reference SQL migrations 0001/0003/0005/0007/0009 or the indexer's own
    -- start-up DDL (A2.8) already created some or all of these objects. An
    -- existing table is never altered: whichever side created it first determines
    -- its shape (A2.8).
    --
    -- Constraints the spec lists as unnamed are left unnamed, so PostgreSQL gives
    -- them the same system-generated names as the reference migrations
    -- (<table>_pkey, <table>_<cols>_key, <table>_<cols>_fkey, <table>_<col>_check).
    -- =============================================================================

    CREATE SCHEMA IF NOT EXISTS rez_restore_index;

    -- -----------------------------------------------------------------------------
    -- A2.1 index_events
    -- -----------------------------------------------------------------------------
    CREATE TABLE IF NOT EXISTS rez_restore_index.index_events (
        id                BIGSERIAL   NOT NULL PRIMARY KEY,
        tenant_id         TEXT        NOT NULL,
        instance_id       TEXT        NOT NULL,
        source            TEXT        NOT NULL,
        app               TEXT,
        table_name        TEXT,
        record_sys_id     TEXT,
        attachment_sys_id TEXT,
        media_id          TEXT,
        event_id          TEXT        NOT NULL,
        event_type        TEXT        NOT NULL,
        operation         TEXT        CHECK (operation IN ('I', 'U', 'D')),
        schema_version    INTEGER,
        sys_updated_on    TEXT,
        sys_mod_count     INTEGER     CHECK (sys_mod_count >= 0),
        event_time        TIMESTAMPTZ NOT NULL,
        topic             TEXT        NOT NULL,
        kafka_partition   INTEGER     NOT NULL CHECK (kafka_partition >= 0),
        kafka_offset      BIGINT      NOT NULL CHECK (kafka_offset >= 0),
        content_type      TEXT,
        size_bytes        BIGINT      CHECK (size_bytes >= 0),
        sha256_plain      CHAR(64),
        artifact_key      TEXT        NOT NULL,
        manifest_key      TEXT        NOT NULL,
        artifact_kind     TEXT        NOT NULL,
        generation_id     TEXT        NOT NULL,
        indexed_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
        UNIQUE (tenant_id, instance_id, source, topic, kafka_partition, generation_id, event_id)
    );

    -- -----------------------------------------------------------------------------
    -- A2.2 partition_watermarks
    -- -----------------------------------------------------------------------------
    CREATE TABLE IF NOT EXISTS rez_restore_index.partition_watermarks (
        tenant_id              TEXT        NOT NULL,
        instance_id            TEXT        NOT NULL,
        source                 TEXT        NOT NULL,
        topic                  TEXT        NOT NULL,
        kafka_partition        INTEGER     NOT NULL CHECK (kafka_partition >= 0),
        generation_id          TEXT        NOT NULL,
        indexed_through_offset BIGINT      NOT NULL CHECK (indexed_through_offset >= 0),
        indexed_through_time   TIMESTAMPTZ NOT NULL,
        coverage_start         TIMESTAMPTZ NOT NULL,
        coverage_end           TIMESTAMPTZ NOT NULL,
        freshness              TEXT        NOT NULL CHECK (freshness IN ('fresh', 'stale', 'unknown')),
        executability          TEXT        NOT NULL CHECK (executability IN ('executable', 'preview_only', 'blocked')),
        reason_code            TEXT        NOT NULL,
        measured_at            TIMESTAMPTZ NOT NULL,
        updated_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, instance_id, topic, kafka_partition)
    );

    -- -----------------------------------------------------------------------------
    -- A2.3 partition_generations (no secondary index)
    -- -----------------------------------------------------------------------------
    CREATE TABLE IF NOT EXISTS rez_restore_index.partition_generations (
        tenant_id             TEXT        NOT NULL,
        instance_id           TEXT        NOT NULL,
        source                TEXT        NOT NULL,
        topic                 TEXT        NOT NULL,
        kafka_partition       INTEGER     NOT NULL CHECK (kafka_partition >= 0),
        generation_id         TEXT        NOT NULL,
        generation_started_at TIMESTAMPTZ NOT NULL,
        generation_ended_at   TIMESTAMPTZ,
        max_indexed_offset    BIGINT      NOT NULL CHECK (max_indexed_offset >= 0),
        max_indexed_time      TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (tenant_id, instance_id, topic, kafka_partition, generation_id)
    );

    -- -----------------------------------------------------------------------------
    -- A2.4 source_coverage
    -- -----------------------------------------------------------------------------
    CREATE TABLE IF NOT EXISTS rez_restore_index.source_coverage (
        tenant_id             TEXT        NOT NULL,
        instance_id           TEXT        NOT NULL,
        source                TEXT        NOT NULL,
        earliest_indexed_time TIMESTAMPTZ NOT NULL,
        latest_indexed_time   TIMESTAMPTZ NOT NULL,
        generation_span       JSONB       NOT NULL,
        measured_at           TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (tenant_id, instance_id, source)
    );

    -- -----------------------------------------------------------------------------
    -- A2.5 enum types backfill_mode / backfill_status, table backfill_runs
    -- (enum values are only created when the type is missing; an existing type is
    -- left as it is)
    -- -----------------------------------------------------------------------------
    DO $$
    BEGIN
        IF NOT EXISTS (
            SELECT 1
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = 'rez_restore_index' AND t.typname = 'backfill_mode'
        ) THEN
            CREATE TYPE rez_restore_index.backfill_mode AS ENUM ('bootstrap', 'gap_repair');
        END IF;

        IF NOT EXISTS (
            SELECT 1
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = 'rez_restore_index' AND t.typname = 'backfill_status'
        ) THEN
            CREATE TYPE rez_restore_index.backfill_status AS ENUM ('running', 'paused', 'completed', 'failed');
        END IF;
    END
    $$;

    CREATE TABLE IF NOT EXISTS rez_restore_index.backfill_runs (
        run_id                   TEXT                              NOT NULL PRIMARY KEY,
        tenant_id                TEXT                              NOT NULL,
        instance_id              TEXT                              NOT NULL,
        source                   TEXT                              NOT NULL,
        mode                     rez_restore_index.backfill_mode   NOT NULL,
        status                   rez_restore_index.backfill_status NOT NULL,
        pause_reason_code        TEXT                              NOT NULL,
        throttle_batch_size      INTEGER                           NOT NULL CHECK (throttle_batch_size > 0),
        max_realtime_lag_seconds INTEGER                           NOT NULL CHECK (max_realtime_lag_seconds >= 0),
        last_cursor              TEXT,
        rows_processed           BIGINT                            NOT NULL DEFAULT 0 CHECK (rows_processed >= 0),
        started_at               TIMESTAMPTZ                       NOT NULL,
        updated_at               TIMESTAMPTZ                       NOT NULL,
        completed_at             TIMESTAMPTZ
    );

    -- -----------------------------------------------------------------------------
    -- A2.6 source_progress (reference migration 0009)
    -- -----------------------------------------------------------------------------
    CREATE TABLE IF NOT EXISTS rez_restore_index.source_progress (
        tenant_id               TEXT        NOT NULL,
        instance_id             TEXT        NOT NULL,
        source                  TEXT        NOT NULL,
        cursor                  TEXT,
        last_batch_size         INTEGER     NOT NULL CHECK (last_batch_size >= 0),
        last_indexed_event_time TIMESTAMPTZ,
        last_indexed_offset     BIGINT      CHECK (last_indexed_offset >= 0),
        last_lag_seconds        INTEGER     CHECK (last_lag_seconds >= 0),
        processed_count         BIGINT      NOT NULL CHECK (processed_count >= 0),
        updated_at              TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (tenant_id, instance_id, source)
    );

    -- Secondary indexes of A2.1, A2.2 and A2.5 and the A2.1 table comment: see the
    -- guarded block at the end of this file.

    -- -----------------------------------------------------------------------------
    -- A5.1 source_registry
    -- -----------------------------------------------------------------------------
    CREATE TABLE IF NOT EXISTS rez_restore_index.source_registry (
        tenant_id   TEXT        NOT NULL,
        instance_id TEXT        NOT NULL,
        source      TEXT        NOT NULL,
        created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
        updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, instance_id)
    );

    -- -----------------------------------------------------------------------------
    -- A5.2 restore_plans (+ A7 approval placeholder columns)
    -- -----------------------------------------------------------------------------
    CREATE TABLE IF NOT EXISTS rez_restore_index.restore_plans (
        plan_id                      TEXT        NOT NULL PRIMARY KEY,
        contract_version             TEXT        NOT NULL,
        tenant_id                    TEXT        NOT NULL,
        instance_id                  TEXT        NOT NULL,
        source                       TEXT        NOT NULL,
        plan_hash                    CHAR(64)    NOT NULL,
        plan_hash_algorithm          TEXT        NOT NULL,
        plan_hash_input_version      TEXT        NOT NULL,
        lock_scope_tables            TEXT[]      NOT NULL CHECK (cardinality(lock_scope_tables) > 0),
        -- A7 approval placeholder columns
        approval_required            BOOLEAN     NOT NULL DEFAULT false,
        approval_state               TEXT        NOT NULL,
        approval_policy_id           TEXT,
        approval_requested_at        TIMESTAMPTZ,
        approval_requested_by        TEXT,
        approval_decided_at          TIMESTAMPTZ,
        approval_decided_by          TEXT,
        approval_decision            TEXT,
        approval_decision_reason     TEXT,
        approval_external_ref        TEXT,
        approval_snapshot_hash       CHAR(64),
        approval_valid_until         TIMESTAMPTZ,
        approval_revalidated_at      TIMESTAMPTZ,
        approval_revalidation_result TEXT,
        approval_placeholder_mode    TEXT        NOT NULL DEFAULT 'mvp_not_enforced',
        -- end of A7 columns
        metadata_allowlist_version   TEXT        NOT NULL,
        requested_by                 TEXT        NOT NULL,
        requested_at                 TIMESTAMPTZ NOT NULL,
        updated_at                   TIMESTAMPTZ NOT NULL DEFAULT now(),
        FOREIGN KEY (tenant_id, instance_id)
            REFERENCES rez_restore_index.source_registry (tenant_id, instance_id)
    );

    CREATE INDEX IF NOT EXISTS ix_restore_plans_lookup
        ON rez_restore_index.restore_plans (tenant_id, instance_id, source, requested_at DESC);

    -- -----------------------------------------------------------------------------
    -- A5.3 restore_jobs (+ A7 approval placeholder columns)
    -- -----------------------------------------------------------------------------
    CREATE TABLE IF NOT EXISTS rez_restore_index.restore_jobs (
        job_id                       TEXT        NOT NULL PRIMARY KEY,
        contract_version             TEXT        NOT NULL,
        tenant_id                    TEXT        NOT NULL,
        instance_id                  TEXT        NOT NULL,
        source                       TEXT        NOT NULL,
        plan_id                      TEXT        NOT NULL,
        plan_hash                    CHAR(64)    NOT NULL,
        status                       TEXT        NOT NULL
            CHECK (status IN ('queued', 'running', 'paused', 'completed', 'failed', 'cancelled')),
        status_reason_code           TEXT        NOT NULL,
        lock_scope_tables            TEXT[]      NOT NULL CHECK (cardinality(lock_scope_tables) > 0),
        required_capabilities        TEXT[]      NOT NULL CHECK (cardinality(required_capabilities) > 0),
        requested_by                 TEXT        NOT NULL,
        requested_at                 TIMESTAMPTZ NOT NULL,
        queue_position               INTEGER     CHECK (queue_position >= 1),
        wait_reason_code             TEXT,
        wait_tables                  TEXT[]      NOT NULL DEFAULT '{}',
        started_at                   TIMESTAMPTZ,
        completed_at                 TIMESTAMPTZ,
        -- A7 approval placeholder columns
        approval_required            BOOLEAN     NOT NULL DEFAULT false,
        approval_state               TEXT        NOT NULL,
        approval_policy_id           TEXT,
        approval_requested_at        TIMESTAMPTZ,
        approval_requested_by        TEXT,
        approval_decided_at          TIMESTAMPTZ,
        approval_decided_by          TEXT,
        approval_decision            TEXT,
        approval_decision_reason     TEXT,
        approval_external_ref        TEXT,
        approval_snapshot_hash       CHAR(64),
        approval_valid_until         TIMESTAMPTZ,
        approval_revalidated_at      TIMESTAMPTZ,
        approval_revalidation_result TEXT,
        approval_placeholder_mode    TEXT        NOT NULL DEFAULT 'mvp_not_enforced',
        -- end of A7 columns
        metadata_allowlist_version   TEXT        NOT NULL,
        created_at                   TIMESTAMPTZ NOT NULL DEFAULT now(),
        updated_at                   TIMESTAMPTZ NOT NULL DEFAULT now(),
        FOREIGN KEY (plan_id)
            REFERENCES rez_restore_index.restore_plans (plan_id),
        FOREIGN KEY (tenant_id, instance_id)
            REFERENCES rez_restore_index.source_registry (tenant_id, instance_id)
    );

    CREATE INDEX IF NOT EXISTS ix_restore_jobs_lookup
        ON rez_restore_index.restore_jobs (tenant_id, instance_id, source, status, requested_at DESC);

    -- -----------------------------------------------------------------------------
    -- A5.4 restore_job_locks
    -- -----------------------------------------------------------------------------
    CREATE TABLE IF NOT EXISTS rez_restore_index.restore_job_locks (
        lock_id     BIGSERIAL   NOT NULL PRIMARY KEY,
        job_id      TEXT        NOT NULL
            REFERENCES rez_restore_index.restore_jobs (job_id) ON DELETE CASCADE,
        tenant_id   TEXT        NOT NULL,
        instance_id TEXT        NOT NULL,
        table_name  TEXT        NOT NULL,
        lock_state  TEXT        NOT NULL CHECK (lock_state IN ('queued', 'running')),
        reason_code TEXT        NOT NULL,
        acquired_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        released_at TIMESTAMPTZ,
        FOREIGN KEY (tenant_id, instance_id)
            REFERENCES rez_restore_index.source_registry (tenant_id, instance_id)
    );

    -- at most one live running lock per scope table
    CREATE UNIQUE INDEX IF NOT EXISTS ux_restore_job_running_locks
        ON rez_restore_index.restore_job_locks (tenant_id, instance_id, table_name)
        WHERE lock_state = 'running' AND released_at IS NULL;

    CREATE INDEX IF NOT EXISTS ix_restore_job_locks_job
        ON rez_restore_index.restore_job_locks (job_id, lock_state, acquired_at DESC);

    -- -----------------------------------------------------------------------------
    -- A5.5 restore_job_events
    -- -----------------------------------------------------------------------------
    CREATE TABLE IF NOT EXISTS rez_restore_index.restore_job_events (
        event_id    BIGSERIAL   NOT NULL PRIMARY KEY,
        job_id      TEXT        NOT NULL
            REFERENCES rez_restore_index.restore_jobs (job_id) ON DELETE CASCADE,
        event_type  TEXT        NOT NULL,
        reason_code TEXT        NOT NULL,
        payload     JSONB       NOT NULL DEFAULT '{}'::jsonb,
        created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
    );

    CREATE INDEX IF NOT EXISTS ix_restore_job_events_lookup
        ON rez_restore_index.restore_job_events (job_id, created_at DESC);

    -- -----------------------------------------------------------------------------
    -- A6.1 restore_execution_checkpoints
    -- -----------------------------------------------------------------------------
    CREATE TABLE IF NOT EXISTS rez_restore_index.restore_execution_checkpoints (
        checkpoint_id         TEXT        NOT NULL PRIMARY KEY,
        job_id                TEXT        NOT NULL
            REFERENCES rez_restore_index.restore_jobs (job_id) ON DELETE CASCADE,
        plan_hash             CHAR(64)    NOT NULL,
        plan_checksum         CHAR(64)    NOT NULL,
        precondition_checksum CHAR(64)    NOT NULL,
        next_chunk_index      INTEGER     NOT NULL CHECK (next_chunk_index >= 0),
        total_chunks          INTEGER     NOT NULL CHECK (total_chunks >= 0),
        last_chunk_id         TEXT,
        row_attempt_by_row    JSONB       NOT NULL DEFAULT '{}'::jsonb,
        checkpoint_status     TEXT        NOT NULL CHECK (checkpoint_status IN ('paused', 'completed', 'failed')),
        created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
        updated_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
        UNIQUE (job_id)
    );

    CREATE INDEX IF NOT EXISTS ix_restore_execution_checkpoints_lookup
        ON rez_restore_index.restore_execution_checkpoints (job_id, updated_at DESC);

    -- -----------------------------------------------------------------------------
    -- A6.2 restore_rollback_journal
    -- -----------------------------------------------------------------------------
    CREATE TABLE IF NOT EXISTS rez_restore_index.restore_rollback_journal (
        journal_id       TEXT        NOT NULL PRIMARY KEY,
        job_id           TEXT        NOT NULL
            REFERENCES rez_restore_index.restore_jobs (job_id) ON DELETE CASCADE,
        plan_hash        CHAR(64)    NOT NULL,
        plan_row_id      TEXT        NOT NULL,
        table_name       TEXT        NOT NULL,
        record_sys_id    TEXT        NOT NULL,
        action           TEXT        NOT NULL CHECK (action IN ('update', 'insert', 'delete', 'skip')),
        touched_fields   TEXT[]      NOT NULL CHECK (cardinality(touched_fields) > 0),
        before_image_enc JSONB,
        chunk_id         TEXT        NOT NULL,
        row_attempt      INTEGER     NOT NULL CHECK (row_attempt > 0),
        row_attempt_key  CHAR(64)    NOT NULL,
        executed_by      TEXT        NOT NULL,
        executed_at      TIMESTAMPTZ NOT NULL,
        outcome          TEXT        NOT NULL CHECK (outcome IN ('applied', 'skipped', 'failed')),
        error_code       TEXT,
        created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
        -- an applied outcome must carry the encrypted before image
        CHECK ((outcome <> 'applied') OR before_image_enc IS NOT NULL),
        UNIQUE (job_id, row_attempt_key)
    );

    CREATE INDEX IF NOT EXISTS ix_restore_rollback_journal_lookup
        ON rez_restore_index.restore_rollback_journal (job_id, executed_at DESC);

    -- -----------------------------------------------------------------------------
    -- A6.3 restore_rollback_sn_mirror
    -- -----------------------------------------------------------------------------
    CREATE TABLE IF NOT EXISTS rez_restore_index.restore_rollback_sn_mirror (
        mirror_id     TEXT        NOT NULL PRIMARY KEY,
        journal_id    TEXT        NOT NULL
            REFERENCES rez_restore_index.restore_rollback_journal (journal_id) ON DELETE CASCADE,
        job_id        TEXT        NOT NULL
            REFERENCES rez_restore_index.restore_jobs (job_id) ON DELETE CASCADE,
        plan_hash     CHAR(64)    NOT NULL,
        plan_row_id   TEXT        NOT NULL,
        table_name    TEXT        NOT NULL,
        record_sys_id TEXT        NOT NULL,
        action        TEXT        NOT NULL CHECK (action IN ('update', 'insert', 'delete', 'skip')),
        outcome       TEXT        NOT NULL CHECK (outcome IN ('applied', 'skipped', 'failed')),
        reason_code   TEXT        NOT NULL,
        chunk_id      TEXT        NOT NULL,
        row_attempt   INTEGER     NOT NULL CHECK (row_attempt > 0),
        linked_at     TIMESTAMPTZ NOT NULL,
        created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
        UNIQUE (journal_id)
    );

    CREATE INDEX IF NOT EXISTS ix_restore_rollback_sn_mirror_lookup
        ON rez_restore_index.restore_rollback_sn_mirror (job_id, linked_at DESC);

    -- -----------------------------------------------------------------------------
    -- A8 rrs_state_snapshots (kept for databases used by the reference; the port
    -- never writes it). ux_rrs_snapshots_store_key is the unique index the
    -- reference stores create at start-up.
    -- -----------------------------------------------------------------------------
    CREATE TABLE IF NOT EXISTS rez_restore_index.rrs_state_snapshots (
        store_key  TEXT        NOT NULL PRIMARY KEY,
        version    BIGINT      NOT NULL,
        state_json JSONB       NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
    );

    -- Indexes ix_rrs_state_snapshots_updated_at and ux_rrs_snapshots_store_key: see
    -- the guarded block below.

    -- -----------------------------------------------------------------------------
    -- Indexes on tables that another role may already own, and the A2.1 comment:
    --   A2.1 ix_index_events_lookup, ix_index_events_partition_offsets
    --   A2.2 ix_partition_watermarks_source
    --   A2.5 ix_backfill_runs_lookup
    --   A8   ix_rrs_state_snapshots_updated_at, ux_rrs_snapshots_store_key (UNIQUE)
    --
    -- In a database prepared by the reference (migrations 0002 hand the index-plane
    -- tables to rez_restore_indexer_rw; the indexer and the reference state stores
    -- create their tables at start-up under their own roles) these tables may be
    -- owned by another role, and PostgreSQL checks table ownership for
    -- CREATE INDEX / COMMENT ON even when IF NOT EXISTS would skip.
    -- So: an index that already exists (by name) is left alone; a missing index is
    -- created when the executing role may do so (superuser, owner or member of the
    -- owner role); otherwise a NOTICE is raised and the index is left to the
    -- table owner (for the index plane: the indexer team/DBA, spec 08 B15 #8)
    -- instead of failing the migration.
    -- -----------------------------------------------------------------------------
    DO $$
    DECLARE
        item        record;
        table_owner oid;
    BEGIN
        FOR item IN
            SELECT v.index_name, v.table_name, v.ddl
            FROM (VALUES
                -- A2.1
                ('ix_index_events_lookup', 'index_events',
                 'CREATE INDEX IF NOT EXISTS ix_index_events_lookup ON rez_restore_index.index_events '
                 || '(tenant_id, instance_id, source, table_name, record_sys_id, event_time)'),
                ('ix_index_events_partition_offsets', 'index_events',
                 'CREATE INDEX IF NOT EXISTS ix_index_events_partition_offsets ON rez_restore_index.index_events '
                 || '(tenant_id, instance_id, topic, kafka_partition, kafka_offset DESC)'),
                -- A2.2
                ('ix_partition_watermarks_source', 'partition_watermarks',
                 'CREATE INDEX IF NOT EXISTS ix_partition_watermarks_source ON rez_restore_index.partition_watermarks '
                 || '(tenant_id, instance_id, source, topic, kafka_partition)'),
                -- A2.5
                ('ix_backfill_runs_lookup', 'backfill_runs',
                 'CREATE INDEX IF NOT EXISTS ix_backfill_runs_lookup ON rez_restore_index.backfill_runs '
                 || '(tenant_id, instance_id, source, mode, status, updated_at DESC)'),
                -- A8
                ('ix_rrs_state_snapshots_updated_at', 'rrs_state_snapshots',
                 'CREATE INDEX IF NOT EXISTS ix_rrs_state_snapshots_updated_at ON rez_restore_index.rrs_state_snapshots '
                 || '(updated_at DESC)'),
                ('ux_rrs_snapshots_store_key', 'rrs_state_snapshots',
                 'CREATE UNIQUE INDEX IF NOT EXISTS ux_rrs_snapshots_store_key ON rez_restore_index.rrs_state_snapshots '
                 || '(store_key)')
            ) AS v(index_name, table_name, ddl)
        LOOP
            CONTINUE WHEN to_regclass(format('rez_restore_index.%I', item.index_name)) IS NOT NULL;

            SELECT c.relowner INTO table_owner
            FROM pg_catalog.pg_class c
            WHERE c.oid = to_regclass(format('rez_restore_index.%I', item.table_name));

            IF pg_has_role(table_owner, 'USAGE') THEN
                EXECUTE item.ddl;
            ELSE
                RAISE NOTICE 'index-plane.sql: index rez_restore_index.% is missing but % is not allowed to create it on %; skipped (create it as the table owner)',
                    item.index_name, current_user, item.table_name;
            END IF;
        END LOOP;

        -- A2.1: "metadata only" table comment; set only when missing and permitted.
        SELECT c.relowner INTO table_owner
        FROM pg_catalog.pg_class c
        WHERE c.oid = 'rez_restore_index.index_events'::regclass;

        IF obj_description('rez_restore_index.index_events'::regclass, 'pg_class') IS NULL
           AND pg_has_role(table_owner, 'USAGE') THEN
            COMMENT ON TABLE rez_restore_index.index_events IS
                'Allowlisted restore metadata only. Plaintext value fields are prohibited.';
        END IF;
    END
    $$;

    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM rez_restore_index."__EFMigrationsHistory" WHERE "migration_id" = '20261127132251_InitialSchema') THEN
    CREATE TABLE rez_restore_index.restore_admin_failure_drills (
        drill_id text NOT NULL,
        status text NOT NULL,
        notes text,
        updated_at timestamp with time zone NOT NULL,
        updated_by text NOT NULL,
        CONSTRAINT pk_restore_admin_failure_drills PRIMARY KEY (drill_id),
        CONSTRAINT ck_restore_admin_failure_drills_status CHECK (status IN ('pending', 'passed', 'failed'))
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM rez_restore_index."__EFMigrationsHistory" WHERE "migration_id" = '20261127132251_InitialSchema') THEN
    CREATE TABLE rez_restore_index.restore_admin_settings (
        setting_key text NOT NULL,
        enabled boolean NOT NULL,
        updated_at timestamp with time zone NOT NULL,
        updated_by text NOT NULL,
        CONSTRAINT pk_restore_admin_settings PRIMARY KEY (setting_key),
        CONSTRAINT ck_restore_admin_settings_setting_key CHECK (setting_key IN ('staging_mode', 'runbooks_signoff'))
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM rez_restore_index."__EFMigrationsHistory" WHERE "migration_id" = '20261127132251_InitialSchema') THEN
    CREATE TABLE rez_restore_index.restore_request_audit (
        audit_id bigint GENERATED ALWAYS AS IDENTITY,
        occurred_at timestamp with time zone NOT NULL,
        request_type text NOT NULL,
        tenant_id text,
        instance_id text,
        source text,
        actor text NOT NULL,
        outcome text NOT NULL,
        status_code integer NOT NULL,
        error text,
        reason_code text,
        duration_ms double precision NOT NULL,
        correlation_id text NOT NULL,
        CONSTRAINT pk_restore_request_audit PRIMARY KEY (audit_id),
        CONSTRAINT ck_restore_request_audit_outcome CHECK (outcome IN ('succeeded', 'rejected', 'faulted', 'cancelled'))
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM rez_restore_index."__EFMigrationsHistory" WHERE "migration_id" = '20261127132251_InitialSchema') THEN
    CREATE INDEX ix_restore_request_audit_occurred_at_audit_id ON rez_restore_index.restore_request_audit (occurred_at, audit_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM rez_restore_index."__EFMigrationsHistory" WHERE "migration_id" = '20261127132251_InitialSchema') THEN
    CREATE INDEX ix_restore_request_audit_tenant_id_instance_id_occurred_at ON rez_restore_index.restore_request_audit (tenant_id, instance_id, occurred_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM rez_restore_index."__EFMigrationsHistory" WHERE "migration_id" = '20261127132251_InitialSchema') THEN
    INSERT INTO rez_restore_index."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261127132251_InitialSchema', '10.0.4');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM rez_restore_index."__EFMigrationsHistory" WHERE "migration_id" = '20261127134208_AddDryRunPlans') THEN
    CREATE TABLE rez_restore_index.restore_dry_run_plans (
        tenant_id text NOT NULL,
        instance_id text NOT NULL,
        source text NOT NULL,
        plan_id text NOT NULL,
        plan_hash char(64) NOT NULL,
        generated_at timestamp with time zone NOT NULL,
        gate_executability text NOT NULL,
        gate_reason_code text NOT NULL,
        record_json text NOT NULL,
        plan_hash_input_canonical text NOT NULL,
        plan_seq bigint GENERATED ALWAYS AS IDENTITY,
        created_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_restore_dry_run_plans PRIMARY KEY (tenant_id, instance_id, source, plan_id),
        CONSTRAINT ck_restore_dry_run_plans_gate_executability CHECK (gate_executability IN ('executable', 'preview_only', 'blocked')),
        CONSTRAINT fk_restore_dry_run_plans_source_registry_tenant_id_instance_id FOREIGN KEY (tenant_id, instance_id) REFERENCES rez_restore_index.source_registry (tenant_id, instance_id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM rez_restore_index."__EFMigrationsHistory" WHERE "migration_id" = '20261127134208_AddDryRunPlans') THEN
    CREATE INDEX ix_restore_dry_run_plans_generated_at_plan_seq ON rez_restore_index.restore_dry_run_plans (generated_at, plan_seq);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM rez_restore_index."__EFMigrationsHistory" WHERE "migration_id" = '20261127134208_AddDryRunPlans') THEN
    CREATE UNIQUE INDEX ix_restore_dry_run_plans_plan_seq ON rez_restore_index.restore_dry_run_plans (plan_seq);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM rez_restore_index."__EFMigrationsHistory" WHERE "migration_id" = '20261127134208_AddDryRunPlans') THEN
    CREATE INDEX ix_restore_dry_run_plans_tenant_id_instance_id_source_generate ON rez_restore_index.restore_dry_run_plans (tenant_id, instance_id, source, generated_at DESC);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM rez_restore_index."__EFMigrationsHistory" WHERE "migration_id" = '20261127134208_AddDryRunPlans') THEN
    INSERT INTO rez_restore_index."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261127134208_AddDryRunPlans', '10.0.4');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM rez_restore_index."__EFMigrationsHistory" WHERE "migration_id" = '20261127135523_AddJobPlane') THEN
    CREATE SEQUENCE IF NOT EXISTS rez_restore_index.restore_job_order_seq;
    ALTER TABLE rez_restore_index.restore_jobs
        ADD COLUMN IF NOT EXISTS job_seq BIGINT GENERATED ALWAYS AS IDENTITY,
        ADD COLUMN IF NOT EXISTS queue_seq BIGINT NULL,
        ADD COLUMN IF NOT EXISTS run_seq BIGINT NULL;
    CREATE UNIQUE INDEX IF NOT EXISTS ux_restore_jobs_job_seq ON rez_restore_index.restore_jobs (job_seq);
    CREATE INDEX IF NOT EXISTS ix_restore_jobs_scope_queue
        ON rez_restore_index.restore_jobs (tenant_id, instance_id, queue_seq) WHERE status = 'queued';
    CREATE INDEX IF NOT EXISTS ix_restore_jobs_status_requested
        ON rez_restore_index.restore_jobs (status, requested_at, job_seq);
    ALTER TABLE rez_restore_index.restore_job_events ADD COLUMN IF NOT EXISTS public_event_id TEXT;
    ALTER TABLE rez_restore_index.restore_job_events ALTER COLUMN public_event_id SET NOT NULL;
    CREATE UNIQUE INDEX IF NOT EXISTS ux_restore_job_events_public_event_id
        ON rez_restore_index.restore_job_events (public_event_id);
    CREATE INDEX IF NOT EXISTS ix_restore_job_events_job_order
        ON rez_restore_index.restore_job_events (job_id, event_id);
    CREATE INDEX IF NOT EXISTS ix_restore_job_locks_live
        ON rez_restore_index.restore_job_locks (tenant_id, instance_id, lock_state, job_id)
        WHERE released_at IS NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM rez_restore_index."__EFMigrationsHistory" WHERE "migration_id" = '20261127135523_AddJobPlane') THEN
    CREATE TABLE rez_restore_index.restore_audit_events (
        service text NOT NULL,
        event_id text NOT NULL,
        contract_version text NOT NULL,
        schema_version text NOT NULL,
        occurred_at timestamp with time zone NOT NULL,
        lifecycle text NOT NULL,
        action text NOT NULL,
        outcome text NOT NULL,
        tenant_id text,
        instance_id text,
        source text,
        plan_id text,
        plan_hash char(64),
        job_id text,
        reason_code text,
        actor jsonb,
        correlation jsonb,
        metadata jsonb NOT NULL,
        audit_seq bigint GENERATED ALWAYS AS IDENTITY,
        CONSTRAINT pk_restore_audit_events PRIMARY KEY (service, event_id),
        CONSTRAINT ck_restore_audit_events_lifecycle CHECK (lifecycle IN ('auth', 'plan', 'execute', 'resume', 'override', 'delete', 'ingest')),
        CONSTRAINT ck_restore_audit_events_outcome CHECK (outcome IN ('attempted', 'accepted', 'denied', 'queued', 'started', 'paused', 'completed', 'failed', 'cancelled', 'skipped')),
        CONSTRAINT ck_restore_audit_events_service CHECK (service IN ('acp', 'reg', 'rrs', 'sn')),
        CONSTRAINT fk_restore_audit_events_restore_jobs_job_id FOREIGN KEY (job_id) REFERENCES rez_restore_index.restore_jobs (job_id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM rez_restore_index."__EFMigrationsHistory" WHERE "migration_id" = '20261127135523_AddJobPlane') THEN
    CREATE TABLE rez_restore_index.restore_job_idempotency_keys (
        tenant_id text NOT NULL,
        instance_id text NOT NULL,
        source text NOT NULL,
        idempotency_key text NOT NULL,
        request_hash char(64) NOT NULL,
        job_id text NOT NULL,
        created_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_restore_job_idempotency_keys PRIMARY KEY (tenant_id, instance_id, source, idempotency_key),
        CONSTRAINT fk_restore_job_idempotency_keys_restore_jobs_job_id FOREIGN KEY (job_id) REFERENCES rez_restore_index.restore_jobs (job_id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM rez_restore_index."__EFMigrationsHistory" WHERE "migration_id" = '20261127135523_AddJobPlane') THEN
    CREATE UNIQUE INDEX ix_restore_audit_events_audit_seq ON rez_restore_index.restore_audit_events (audit_seq);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM rez_restore_index."__EFMigrationsHistory" WHERE "migration_id" = '20261127135523_AddJobPlane') THEN
    CREATE INDEX ix_restore_audit_events_job_id_occurred_at_service_event_id ON rez_restore_index.restore_audit_events (job_id, occurred_at, service, event_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM rez_restore_index."__EFMigrationsHistory" WHERE "migration_id" = '20261127135523_AddJobPlane') THEN
    CREATE INDEX ix_restore_job_idempotency_keys_created_at ON rez_restore_index.restore_job_idempotency_keys (created_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM rez_restore_index."__EFMigrationsHistory" WHERE "migration_id" = '20261127135523_AddJobPlane') THEN
    CREATE INDEX ix_restore_job_idempotency_keys_job_id ON rez_restore_index.restore_job_idempotency_keys (job_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM rez_restore_index."__EFMigrationsHistory" WHERE "migration_id" = '20261127135523_AddJobPlane') THEN
    INSERT INTO rez_restore_index."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261127135523_AddJobPlane', '10.0.4');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM rez_restore_index."__EFMigrationsHistory" WHERE "migration_id" = '20261127141451_StoreIdempotentResponse') THEN
    ALTER TABLE rez_restore_index.restore_job_idempotency_keys ADD response_json text NOT NULL DEFAULT '';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM rez_restore_index."__EFMigrationsHistory" WHERE "migration_id" = '20261127141451_StoreIdempotentResponse') THEN
    INSERT INTO rez_restore_index."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261127141451_StoreIdempotentResponse', '10.0.4');
    END IF;
END $EF$;
COMMIT;

