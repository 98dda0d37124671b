using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Rezilient.Restore.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "rez_restore_index");

            // Restore-index tables of spec 08 Part A, "if not exists" (decision D2; see IndexPlaneScript).
            migrationBuilder.Sql(IndexPlaneScript.Read());

            migrationBuilder.CreateTable(
                name: "restore_admin_failure_drills",
                schema: "rez_restore_index",
                columns: table => new
                {
                    drill_id = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    notes = table.Column<string>(type: "text", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_restore_admin_failure_drills", x => x.drill_id);
                    table.CheckConstraint("ck_restore_admin_failure_drills_status", "status IN ('pending', 'passed', 'failed')");
                });

            migrationBuilder.CreateTable(
                name: "restore_admin_settings",
                schema: "rez_restore_index",
                columns: table => new
                {
                    setting_key = table.Column<string>(type: "text", nullable: false),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_restore_admin_settings", x => x.setting_key);
                    table.CheckConstraint("ck_restore_admin_settings_setting_key", "setting_key IN ('staging_mode', 'runbooks_signoff')");
                });

            migrationBuilder.CreateTable(
                name: "restore_request_audit",
                schema: "rez_restore_index",
                columns: table => new
                {
                    audit_id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    request_type = table.Column<string>(type: "text", nullable: false),
                    tenant_id = table.Column<string>(type: "text", nullable: true),
                    instance_id = table.Column<string>(type: "text", nullable: true),
                    source = table.Column<string>(type: "text", nullable: true),
                    actor = table.Column<string>(type: "text", nullable: false),
                    outcome = table.Column<string>(type: "text", nullable: false),
                    status_code = table.Column<int>(type: "integer", nullable: false),
                    error = table.Column<string>(type: "text", nullable: true),
                    reason_code = table.Column<string>(type: "text", nullable: true),
                    duration_ms = table.Column<double>(type: "double precision", nullable: false),
                    correlation_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_restore_request_audit", x => x.audit_id);
                    table.CheckConstraint("ck_restore_request_audit_outcome", "outcome IN ('succeeded', 'rejected', 'faulted', 'cancelled')");
                });

            migrationBuilder.CreateIndex(
                name: "ix_restore_request_audit_occurred_at_audit_id",
                schema: "rez_restore_index",
                table: "restore_request_audit",
                columns: new[] { "occurred_at", "audit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_restore_request_audit_tenant_id_instance_id_occurred_at",
                schema: "rez_restore_index",
                table: "restore_request_audit",
                columns: new[] { "tenant_id", "instance_id", "occurred_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The Part A tables are left in place: they may predate this service (indexer or reference SQL).
            migrationBuilder.DropTable(
                name: "restore_admin_failure_drills",
                schema: "rez_restore_index");

            migrationBuilder.DropTable(
                name: "restore_admin_settings",
                schema: "rez_restore_index");

            migrationBuilder.DropTable(
                name: "restore_request_audit",
                schema: "rez_restore_index");
        }
    }
}
