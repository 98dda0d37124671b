using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rezilient.Restore.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class StoreIdempotentResponse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "response_json",
                schema: "rez_restore_index",
                table: "restore_job_idempotency_keys",
                type: "text",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "response_json",
                schema: "rez_restore_index",
                table: "restore_job_idempotency_keys");
        }
    }
}
