using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Rezilient.Restore.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class AddDryRunPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "restore_dry_run_plans",
                schema: "rez_restore_index",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    instance_id = table.Column<string>(type: "text", nullable: false),
                    source = table.Column<string>(type: "text", nullable: false),
                    plan_id = table.Column<string>(type: "text", nullable: false),
                    plan_hash = table.Column<string>(type: "char(64)", nullable: false),
                    generated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    gate_executability = table.Column<string>(type: "text", nullable: false),
                    gate_reason_code = table.Column<string>(type: "text", nullable: false),
                    record_json = table.Column<string>(type: "text", nullable: false),
                    plan_hash_input_canonical = table.Column<string>(type: "text", nullable: false),
                    plan_seq = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_restore_dry_run_plans", x => new { x.tenant_id, x.instance_id, x.source, x.plan_id });
                    table.CheckConstraint("ck_restore_dry_run_plans_gate_executability", "gate_executability IN ('executable', 'preview_only', 'blocked')");
                    table.ForeignKey(
                        name: "fk_restore_dry_run_plans_source_registry_tenant_id_instance_id",
                        columns: x => new { x.tenant_id, x.instance_id },
                        principalSchema: "rez_restore_index",
                        principalTable: "source_registry",
                        principalColumns: new[] { "tenant_id", "instance_id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_restore_dry_run_plans_generated_at_plan_seq",
                schema: "rez_restore_index",
                table: "restore_dry_run_plans",
                columns: new[] { "generated_at", "plan_seq" });

            migrationBuilder.CreateIndex(
                name: "ix_restore_dry_run_plans_plan_seq",
                schema: "rez_restore_index",
                table: "restore_dry_run_plans",
                column: "plan_seq",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_restore_dry_run_plans_tenant_id_instance_id_source_generate",
                schema: "rez_restore_index",
                table: "restore_dry_run_plans",
                columns: new[] { "tenant_id", "instance_id", "source", "generated_at" },
                descending: new[] { false, false, false, true });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "restore_dry_run_plans",
                schema: "rez_restore_index");
        }
    }
}
