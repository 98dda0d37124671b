using System.Text.Json.Serialization;

namespace Rezilient.Restore.Api.Contracts.Plans;

/// <summary>A plan row (spec 03 §5.4), the unit hashed in <c>plan_hash_input.rows</c>.</summary>
/// <param name="RowId">Row identity, unique within the plan by exact code units.</param>
/// <param name="Table">ServiceNow table; must equal metadata.table when that is present.</param>
/// <param name="RecordSysId">Record sys_id; must equal metadata.record_sys_id when that is present.</param>
/// <param name="Action">What the row does.</param>
/// <param name="PreconditionHash">SHA-256 hex (64 characters, any case in requests; lower-cased in responses).</param>
/// <param name="Metadata">Metadata envelope (spec 03 §5.5).</param>
/// <param name="Values">Encrypted values; a non-skip row needs at least one *_enc payload.</param>
public sealed record PlanRow(
    string RowId,
    string Table,
    string RecordSysId,
    PlanRowAction Action,
    string PreconditionHash,
    MetadataEnvelope Metadata,
    EncryptedValues? Values = null);

/// <summary>
/// Encrypted-value envelope (spec 03 §5.4.1). Plaintext members (<c>diff_plain</c>, <c>before_image_plain</c>,
/// <c>after_image_plain</c>) are rejected with 400 whatever their value.
/// </summary>
/// <param name="DiffEnc">Encrypted diff.</param>
/// <param name="BeforeImageEnc">Encrypted before image.</param>
/// <param name="AfterImageEnc">Encrypted after image.</param>
public sealed record EncryptedValues(
    EncryptedPayload? DiffEnc = null,
    EncryptedPayload? BeforeImageEnc = null,
    EncryptedPayload? AfterImageEnc = null);

/// <summary>An encrypted payload (spec 03 §5.4.1); passed through as sent, never decrypted at dry-run.</summary>
/// <param name="Alg">Cipher algorithm, e.g. <c>AES-256-CBC</c>.</param>
/// <param name="Ciphertext">The ciphertext.</param>
/// <param name="V">Envelope version, an integer &gt; 0.</param>
/// <param name="Kid">Key id.</param>
/// <param name="Module">Encrypting module, e.g. <c>x_rezrp_rezilient.encrypter</c>.</param>
/// <param name="Format">Payload format, e.g. <c>kmf</c>.</param>
/// <param name="Compression">Compression applied before encryption.</param>
/// <param name="Sha256">Digest of the plaintext as sent (neither checked as hex nor lower-cased).</param>
public sealed record EncryptedPayload(
    string Alg,
    string Ciphertext,
    long? V = null,
    string? Kid = null,
    string? Module = null,
    string? Format = null,
    PayloadCompression? Compression = null,
    string? Sha256 = null);

/// <summary>Metadata envelope (spec 03 §5.5).</summary>
/// <param name="AllowlistVersion">Always <c>rrs.metadata.allowlist.v1</c>.</param>
/// <param name="Metadata">The allowlisted metadata; may be <c>{}</c>.</param>
public sealed record MetadataEnvelope(MetadataAllowlistVersion AllowlistVersion, RowMetadata Metadata);

/// <summary>Allowlisted event metadata (spec 03 §5.5); every member is optional and kept as sent unless noted.</summary>
/// <param name="TenantId">Tenant id (not compared with the request).</param>
/// <param name="InstanceId">Instance id (not compared with the request).</param>
/// <param name="Source">Source (not compared with the request).</param>
/// <param name="Table">ServiceNow table; must equal the owner's table.</param>
/// <param name="RecordSysId">Record sys_id; must equal the owner's record_sys_id.</param>
/// <param name="AttachmentSysId">Attachment sys_id.</param>
/// <param name="MediaId">Media id.</param>
/// <param name="EventId">CDC event id.</param>
/// <param name="EventType">CDC event type, e.g. <c>cdc.write</c>.</param>
/// <param name="Operation">CDC operation.</param>
/// <param name="SchemaVersion">Schema version, an integer &gt; 0.</param>
/// <param name="SysUpdatedOn">ServiceNow time <c>YYYY-MM-DD HH:mm:ss</c>, kept as written.</param>
/// <param name="SysModCount">ServiceNow modification count, an integer ≥ 0.</param>
/// <param name="Time">Event time (<c>__time</c>), <c>YYYY-MM-DDTHH:mm:ssZ</c> or <c>YYYY-MM-DDTHH:mm:ss.sssZ</c>, kept as written.</param>
/// <param name="Topic">Kafka topic; with partition it selects the partition whose freshness is checked.</param>
/// <param name="Partition">Kafka partition, an integer ≥ 0.</param>
/// <param name="Offset">Kafka offset as a decimal string (requests also accept a JSON integer); responses carry it without leading zeros.</param>
/// <param name="ContentType">Media content type.</param>
/// <param name="SizeBytes">Media size in bytes, an integer ≥ 0.</param>
/// <param name="Sha256Plain">SHA-256 hex of the plaintext (any case in requests; lower-cased in responses).</param>
public sealed record RowMetadata(
    string? TenantId = null,
    string? InstanceId = null,
    string? Source = null,
    string? Table = null,
    string? RecordSysId = null,
    string? AttachmentSysId = null,
    string? MediaId = null,
    string? EventId = null,
    string? EventType = null,
    MetadataOperation? Operation = null,
    long? SchemaVersion = null,
    string? SysUpdatedOn = null,
    long? SysModCount = null,
    [property: JsonPropertyName("__time")] string? Time = null,
    string? Topic = null,
    long? Partition = null,
    string? Offset = null,
    string? ContentType = null,
    long? SizeBytes = null,
    string? Sha256Plain = null);
