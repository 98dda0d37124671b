using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Rezilient.Restore.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class AddJobPlane : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // spec 08 B4: additive columns and indexes on the Part A job tables (idempotent, so a database where
            // the reference SQL or an earlier run created them stays valid). No existing column changes.
            migrationBuilder.Sql("""
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
                """);

            migrationBuilder.CreateTable(
                name: "restore_audit_events",
                schema: "rez_restore_index",
                columns: table => new
                {
                    service = table.Column<string>(type: "text", nullable: false),
                    event_id = table.Column<string>(type: "text", nullable: false),
                    contract_version = table.Column<string>(type: "text", nullable: false),
                    schema_version = table.Column<string>(type: "text", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    lifecycle = table.Column<string>(type: "text", nullable: false),
                    action = table.Column<string>(type: "text", nullable: false),
                    outcome = table.Column<string>(type: "text", nullable: false),
                    tenant_id = table.Column<string>(type: "text", nullable: true),
                    instance_id = table.Column<string>(type: "text", nullable: true),
                    source = table.Column<string>(type: "text", nullable: true),
                    plan_id = table.Column<string>(type: "text", nullable: true),
                    plan_hash = table.Column<string>(type: "char(64)", nullable: true),
                    job_id = table.Column<string>(type: "text", nullable: true),
                    reason_code = table.Column<string>(type: "text", nullable: true),
                    actor = table.Column<string>(type: "jsonb", nullable: true),
                    correlation = table.Column<string>(type: "jsonb", nullable: true),
                    metadata = table.Column<string>(type: "jsonb", nullable: false),
                    audit_seq = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_restore_audit_events", x => new { x.service, x.event_id });
                    table.CheckConstraint("ck_restore_audit_events_lifecycle", "lifecycle IN ('auth', 'plan', 'execute', 'resume', 'override', 'delete', 'ingest')");
                    table.CheckConstraint("ck_restore_audit_events_outcome", "outcome IN ('attempted', 'accepted', 'denied', 'queued', 'started', 'paused', 'completed', 'failed', 'cancelled', 'skipped')");
                    table.CheckConstraint("ck_restore_audit_events_service", "service IN ('acp', 'reg', 'rrs', 'sn')");
                    table.ForeignKey(
                        name: "fk_restore_audit_events_restore_jobs_job_id",
                        column: x => x.job_id,
                        principalSchema: "rez_restore_index",
                        principalTable: "restore_jobs",
                        principalColumn: "job_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "restore_job_idempotency_keys",
                schema: "rez_restore_index",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    instance_id = table.Column<string>(type: "text", nullable: false),
                    source = table.Column<string>(type: "text", nullable: false),
                    idempotency_key = table.Column<string>(type: "text", nullable: false),
                    request_hash = table.Column<string>(type: "char(64)", nullable: false),
                    job_id = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_restore_job_idempotency_keys", x => new { x.tenant_id, x.instance_id, x.source, x.idempotency_key });
                    table.ForeignKey(
                        name: "fk_restore_job_idempotency_keys_restore_jobs_job_id",
                        column: x => x.job_id,
                        principalSchema: "rez_restore_index",
                        principalTable: "restore_jobs",
                        principalColumn: "job_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_restore_audit_events_audit_seq",
                schema: "rez_restore_index",
                table: "restore_audit_events",
                column: "audit_seq",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_restore_audit_events_job_id_occurred_at_service_event_id",
                schema: "rez_restore_index",
                table: "restore_audit_events",
                columns: new[] { "job_id", "occurred_at", "service", "event_id" });

            migrationBuilder.CreateIndex(
                name: "ix_restore_job_idempotency_keys_created_at",
                schema: "rez_restore_index",
                table: "restore_job_idempotency_keys",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_restore_job_idempotency_keys_job_id",
                schema: "rez_restore_index",
                table: "restore_job_idempotency_keys",
                column: "job_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The B4 additions stay: they are additive and harmless to older code.
            migrationBuilder.DropTable(
                name: "restore_audit_events",
                schema: "rez_restore_index");

            migrationBuilder.DropTable(
                name: "restore_job_idempotency_keys",
                schema: "rez_restore_index");
        }
    }
}
